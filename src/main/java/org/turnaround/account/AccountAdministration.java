package org.turnaround.account;

import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.turnaround.web.RecordNotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does to accounts. Each change names the version of the account the admin
 * was looking at, and is refused if someone changed the account since, so nobody
 * overwrites a change they have not seen.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
class AccountAdministration {

	private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

	private final AccountRepository accounts;

	private final AccountQueries queries;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final SignedInSessions sessions;

	AccountAdministration(AccountRepository accounts, AccountQueries queries, PasswordPolicy passwordPolicy,
			PasswordEncoder passwordEncoder, Clock clock, SignedInSessions sessions) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.queries = queries;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isUsernameTaken(String username) {
		return this.accounts.existsByUsername(username);
	}

	/**
	 * @return the new account's id
	 */
	public long create(NewAccount details, CurrentUser by) {
		if (this.accounts.existsByUsername(details.username())) {
			throw new AccountChangeRefused("username", "An account with this username already exists");
		}
		Long authorityId = details.role().belongsToOneAuthority() ? details.authorityId() : null;
		if (details.role().belongsToOneAuthority()
				&& (authorityId == null || !this.queries.authoritiesExist(Set.of(authorityId)))) {
			throw new AccountChangeRefused("authorityId", "Choose the authority this person belongs to");
		}
		this.passwordPolicy.problemWith(details.password(), details.username()).ifPresent((problem) -> {
			throw new AccountChangeRefused("password", problem);
		});
		var now = this.clock.instant();
		var account = new Account(details.username(), details.displayName(), details.jobTitle(), details.email(),
				details.role(), authorityId, now);
		account.changePassword(this.passwordEncoder.encode(details.password()), now);
		this.accounts.saveAndFlush(account);
		log.info("Account created: user={} role={} by={}", account.getUsername(), account.getRole(), by.getUsername());
		return account.getId();
	}

	public void deactivate(long id, Long version, CurrentUser by) {
		// Locked first, so that the count below cannot change before this transaction
		// ends.
		var activeAdmins = this.accounts.lockActiveAdmins();
		var account = current(id, version);
		// Both are Long: == would compare references, true only for ids up to 127.
		if (account.getId().equals(by.accountId())) {
			throw new AccountChangeRefused(null, "You cannot deactivate your own account");
		}
		if (!account.isActive()) {
			throw new AccountChangeRefused(null, "This account is already deactivated");
		}
		if (account.getRole() == Role.ADMIN && activeAdmins.size() <= 1) {
			throw new AccountChangeRefused(null, "This is the last active admin account, so it cannot be "
					+ "deactivated: someone must be able to manage accounts. Create or reactivate another admin first.");
		}
		account.deactivate();
		this.accounts.flush();
		this.sessions.endAllOf(account.getId());
		log.info("Account deactivated: user={} by={}", account.getUsername(), by.getUsername());
	}

	public void reactivate(long id, Long version, CurrentUser by) {
		var account = current(id, version);
		if (account.isActive()) {
			throw new AccountChangeRefused(null, "This account is already active");
		}
		account.reactivate();
		this.accounts.flush();
		log.info("Account reactivated: user={} by={}", account.getUsername(), by.getUsername());
	}

	/**
	 * Sets a password the admin passes on to the person; it also ends a lockout.
	 */
	public void setPassword(long id, Long version, String password, CurrentUser by) {
		var account = current(id, version);
		this.passwordPolicy.problemWith(password, account.getUsername()).ifPresent((problem) -> {
			throw new AccountChangeRefused("newPassword", problem);
		});
		account.changePassword(this.passwordEncoder.encode(password), this.clock.instant());
		this.accounts.flush();
		log.info("Password set by an admin: user={} by={}", account.getUsername(), by.getUsername());
	}

	public void assignAuthorities(long id, Long version, Set<Long> authorityIds, CurrentUser by) {
		var account = current(id, version);
		if (account.getRole() != Role.ADVISER) {
			throw new AccountChangeRefused(null, "Only advisers are assigned to authorities");
		}
		if (!this.queries.authoritiesExist(authorityIds)) {
			throw new AccountChangeRefused("authorityIds", "Choose authorities from the list");
		}
		account.assignToAuthorities(authorityIds);
		this.accounts.flush();
		log.info("Adviser assignments changed: user={} authorities={} by={}", account.getUsername(), authorityIds,
				by.getUsername());
	}

	/**
	 * The account as the admin saw it: refused if it has changed since, or if the form
	 * carried no version at all.
	 */
	private Account current(long id, Long version) {
		var account = this.accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("Account", id));
		if (version == null || !version.equals(account.getVersion())) {
			throw AccountChangeRefused.stale();
		}
		return account;
	}

}
