package org.turnaround.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the person signing in from the account table.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public CurrentUser loadUserByUsername(String username) {
		var account = this.accounts.findByUsername(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return new CurrentUser(account, account.isLocked(this.clock.instant()));
	}

}
