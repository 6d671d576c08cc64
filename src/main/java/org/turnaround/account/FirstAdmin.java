package org.turnaround.account;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside demo mode nobody could sign in to create the first account, so the first admin
 * comes from the environment on the first start. It runs after the demo loader, whose
 * admin makes it unnecessary there, and never acts unless asked to by configuration.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	// Serialises two instances starting against one empty database at the same moment.
	private static final long LOCK_KEY = 0x7475726e_61646d6eL;

	private final AccountRepository accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final FirstAdminProperties properties;

	FirstAdmin(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, Clock clock,
			JdbcTemplate jdbc, PlatformTransactionManager transactionManager, FirstAdminProperties properties) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.clock = clock;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		createIfNeeded(this.properties);
	}

	/**
	 * @return whether an admin was created
	 * @throws IllegalStateException when the configured admin cannot be created, which
	 * stops start-up: better than running with nobody able to manage accounts
	 */
	boolean createIfNeeded(FirstAdminProperties first) {
		Boolean created = this.transaction.execute((status) -> {
			this.jdbc.query("select pg_advisory_xact_lock(?)", (rs) -> null, LOCK_KEY);
			if (this.accounts.existsByRole(Role.ADMIN)) {
				return false;
			}
			if (!first.isConfigured()) {
				log.warn("No admin account exists, so nobody can manage accounts. To create the first admin, set "
						+ "TURNAROUND_FIRST_ADMIN_USERNAME and TURNAROUND_FIRST_ADMIN_PASSWORD (12 characters or more; "
						+ "optionally TURNAROUND_FIRST_ADMIN_NAME and TURNAROUND_FIRST_ADMIN_EMAIL) and restart.");
				return false;
			}
			create(first);
			return true;
		});
		return Boolean.TRUE.equals(created);
	}

	private void create(FirstAdminProperties first) {
		String username = (first.username() != null) ? first.username().strip() : "";
		if (username.isEmpty()) {
			throw refused("TURNAROUND_FIRST_ADMIN_USERNAME is not set");
		}
		if (!username.matches("[A-Za-z0-9._@-]{2,100}")) {
			throw refused("TURNAROUND_FIRST_ADMIN_USERNAME must be 2 to 100 letters, digits, dots, hyphens, "
					+ "underscores or @ signs");
		}
		if (this.accounts.existsByUsername(username)) {
			throw refused("an account named " + username + " already exists and is not an admin; "
					+ "choose another TURNAROUND_FIRST_ADMIN_USERNAME");
		}
		if (first.password() == null || first.password().isEmpty()) {
			throw refused("TURNAROUND_FIRST_ADMIN_PASSWORD is not set");
		}
		this.policy.problemWith(first.password(), username).ifPresent((problem) -> {
			throw refused("TURNAROUND_FIRST_ADMIN_PASSWORD is refused: " + problem);
		});
		var now = this.clock.instant();
		var admin = new Account(username, first.displayName(), null, first.emailOrNull(), Role.ADMIN, null, now);
		admin.changePassword(this.encoder.encode(first.password()), now);
		this.accounts.save(admin);
		log.info("Created the first admin account: user={}. Sign in and change its password; "
				+ "the TURNAROUND_FIRST_ADMIN_* settings are no longer needed.", username);
	}

	private static IllegalStateException refused(String reason) {
		return new IllegalStateException("Cannot create the first admin account: " + reason);
	}

}
