package org.turnaround.audit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every audited record the trail does not know yet (written with plain SQL, such as
 * the demo data, or existing before the trail began) a starting point: one revision by
 * the system recording it as it stands. Without it the first real change to such a record
 * could not say what changed from. It runs once the application is ready, so after the
 * demo data is loaded, and touches nothing that already has history.
 */
@Component
class AuditBaseline {

	private static final Logger log = LoggerFactory.getLogger(AuditBaseline.class);

	// Serialises baselines when two instances start against one database at once.
	private static final long LOCK_KEY = 0x7475726e_61756474L;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	AuditBaseline(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		int recorded = record();
		if (recorded > 0) {
			log.info("Audit trail: recorded {} rows not yet audited as a starting point", recorded);
		}
	}

	/**
	 * @return how many rows were recorded
	 */
	int record() {
		Integer recorded = this.transaction.execute((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().listOfRows();
			long revision = this.jdbc.sql("""
					insert into revision (recorded_at, username) values (now(), :username) returning id
					""").param("username", AuditActor.SYSTEM.username()).query(Long.class).single();
			int rows = 0;
			for (var table : auditTables()) {
				rows += this.jdbc.sql(table.baselineSql()).param("rev", revision).update();
			}
			if (rows == 0) {
				status.setRollbackOnly();
			}
			return rows;
		});
		return (recorded != null) ? recorded : 0;
	}

	private List<AuditTable> auditTables() {
		return this.jdbc.sql("""
				select c.table_name, string_agg(c.column_name, ',' order by c.ordinal_position) as columns
				from information_schema.columns c
				where c.table_schema = current_schema() and c.table_name like '%\\_aud'
				group by c.table_name order by c.table_name
				""")
			.query((rs, n) -> new AuditTable(rs.getString("table_name"),
					Arrays.stream(rs.getString("columns").split(","))
						.filter((column) -> !column.equals("rev") && !column.equals("revtype"))
						.toList()))
			.list();
	}

	/**
	 * An audit table and the columns it shares with its table: an entity's (keyed by id)
	 * or an element collection's (keyed by all its columns).
	 */
	private record AuditTable(String name, List<String> columns) {

		String baselineSql() {
			String table = this.name.substring(0, this.name.length() - AuditedShape.AUDIT_SUFFIX.length());
			List<String> key = this.columns.contains("id") ? List.of("id") : this.columns;
			String columnList = String.join(", ", this.columns);
			String selected = this.columns.stream().map((column) -> "t." + column).collect(Collectors.joining(", "));
			String sameKey = key.stream()
				.map((column) -> "a." + column + " = t." + column)
				.collect(Collectors.joining(" and "));
			return "insert into " + this.name + " (" + columnList + ", rev, revtype) select " + selected
					+ ", :rev, 0 from " + table + " t where not exists (select 1 from " + this.name + " a where "
					+ sameKey + ")";
		}

	}

}
