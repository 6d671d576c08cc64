package org.turnaround.account;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The sessions each person is signed in with, so that deactivating an account signs its
 * holder out at once rather than when the session would expire (up to 8 hours later).
 * Sessions live in this server's memory, so this covers one app instance, which is how
 * Turnaround is deployed.
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Ends every session of the account once the change that calls for it commits (a
	 * deactivation that rolls back signs no one out). Each ends on its next request.
	 */
	void endAllOf(long accountId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end(accountId);
				}
			});
		}
		else {
			end(accountId);
		}
	}

	private void end(long accountId) {
		this.registry.getAllPrincipals()
			.stream()
			.filter((principal) -> principal instanceof CurrentUser user && user.accountId() == accountId)
			.flatMap((principal) -> this.registry.getAllSessions(principal, false).stream())
			.forEach((session) -> session.expireNow());
	}

}
