package org.turnaround.account;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs every sign-in and every failure, counts failures towards the lockout and clears
 * them on success. The log never says which of username or password was wrong to the
 * person, but it does record the username tried, for whoever investigates.
 */
@Component
class SignInEvents {

	private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

	private final AccountRepository accounts;

	private final SignInPolicy policy;

	private final Clock clock;

	SignInEvents(AccountRepository accounts, SignInPolicy policy, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		var authentication = event.getAuthentication();
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			this.accounts.findById(user.accountId()).ifPresent(Account::recordSuccessfulSignIn);
			log.info("Sign-in succeeded: user={} role={} from={}", user.getUsername(), user.role(),
					remoteAddress(authentication));
		}
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent event) {
		var authentication = event.getAuthentication();
		var username = String.valueOf(authentication.getPrincipal()).strip();
		log.warn("Sign-in failed: user={} reason={} from={}", username, event.getException().getClass().getSimpleName(),
				remoteAddress(authentication));
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			this.accounts.findByUsername(username).ifPresent((account) -> {
				if (account.recordFailedSignIn(this.clock.instant(), this.policy)) {
					log.warn("Account locked after {} failed sign-ins: user={} until={}", this.policy.maxFailures(),
							account.getUsername(), account.getLockedUntil());
				}
			});
		}
	}

	private static Object remoteAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "unknown";
	}

}
