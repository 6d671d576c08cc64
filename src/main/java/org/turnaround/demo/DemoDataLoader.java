package org.turnaround.demo;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.turnaround.action.RagPolicy;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data into an empty database at start-up. Everything is written in one
 * transaction, so a failure leaves nothing behind and the next start tries again. It runs
 * before anything else that looks at the data at start-up (such as the first-admin
 * check).
 */
@Order(0)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	// Serialises loaders when two instances start against one database at the same
	// moment.
	private static final long LOCK_KEY = 0x7475726e_64656d6fL;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	/**
	 * Published in the README: demo data exists only in demo mode, on a machine of one's
	 * own.
	 */
	static final String DEMO_PASSWORD = "turnaround-demo";

	private final RagPolicy ragPolicy;

	private final PasswordEncoder passwordEncoder;

	DemoDataLoader(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock, RagPolicy ragPolicy,
			PasswordEncoder passwordEncoder) {
		this.ragPolicy = ragPolicy;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/**
	 * Loads the demo data unless the database already holds authorities.
	 * @return whether anything was loaded
	 */
	boolean load() {
		long started = System.nanoTime();
		String loaded = this.transaction.execute((status) -> {
			this.jdbc.query("select pg_advisory_xact_lock(?)", (rs) -> null, LOCK_KEY);
			Integer authorities = this.jdbc.queryForObject("select count(*) from authority", Integer.class);
			if (authorities != null && authorities > 0) {
				return null;
			}
			new DemoDataWriter(this.jdbc, this.clock, this.ragPolicy, this.passwordEncoder.encode(DEMO_PASSWORD))
				.write(List.of(Marchshire.authority(), Northgate.authority()));
			supportFromNorthgate();
			return summary();
		});
		if (loaded == null) {
			log.info("Demo data already present; not loading again");
			return false;
		}
		log.info("Loaded demo data: {} in {} ms", loaded, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		return true;
	}

	/**
	 * Northgate, which leads some of Marchshire's actions, also supports these: the
	 * academy, the practice standards, leaders' frontline days and quality assurance.
	 */
	private void supportFromNorthgate() {
		this.jdbc.update("""
				insert into partnership_supported_action (partnership_id, action_id)
				select ps.id, a.id
				from partnership ps
				join authority au on au.id = ps.authority_id and au.slug = 'marchshire'
				join authority pa on pa.id = ps.partner_authority_id and pa.slug = 'northgate'
				join improvement_plan pl on pl.authority_id = au.id
				join action a on a.plan_id = pl.id
				join priority p on p.id = a.priority_id
				where pl.status = 'ACTIVE' and (p.number, a.number) in ((1, 6), (2, 3), (5, 5), (7, 1))""");
	}

	private String summary() {
		return this.jdbc.queryForObject("""
				select (select count(*) from authority) || ' authorities, '
				    || (select count(*) from account) || ' accounts, '
				    || (select count(*) from improvement_notice) || ' notices, '
				    || (select count(*) from improvement_plan) || ' plans, '
				    || (select count(*) from action) || ' actions, '
				    || (select count(*) from action_update) || ' updates, '
				    || (select count(*) from milestone) || ' milestones, '
				    || (select count(*) from measure_value) || ' measure values, '
				    || (select count(*) from inspection) || ' inspections'""", String.class);
	}

}
