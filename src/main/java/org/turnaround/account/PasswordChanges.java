package org.turnaround.account;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.turnaround.web.RecordNotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changing their own password: they prove they know the current one,
 * so a session left open on a shared computer cannot be used to take the account over.
 */
@Service
@Transactional
class PasswordChanges {

	private static final Logger log = LoggerFactory.getLogger(PasswordChanges.class);

	private final AccountRepository accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final Clock clock;

	PasswordChanges(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.clock = clock;
	}

	public void changeOwn(long accountId, String currentPassword, String newPassword) {
		var account = this.accounts.findById(accountId)
			.orElseThrow(() -> new RecordNotFoundException("Account", accountId));
		if (currentPassword == null || currentPassword.isEmpty()) {
			throw new AccountChangeRefused("currentPassword", "Enter your current password");
		}
		if (account.getPasswordHash() == null || !this.encoder.matches(currentPassword, account.getPasswordHash())) {
			throw new AccountChangeRefused("currentPassword", "Your current password is not right");
		}
		this.policy.problemWith(newPassword, account.getUsername()).ifPresent((problem) -> {
			throw new AccountChangeRefused("newPassword", problem);
		});
		if (newPassword.equals(currentPassword)) {
			throw new AccountChangeRefused("newPassword", "Your new password must be different from your current one");
		}
		account.changePassword(this.encoder.encode(newPassword), this.clock.instant());
		log.info("Password changed by its owner: user={}", account.getUsername());
	}

}
