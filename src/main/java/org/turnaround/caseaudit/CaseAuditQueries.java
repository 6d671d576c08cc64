package org.turnaround.caseaudit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads case-audit rounds for pages, the dashboard and the cabinet report: one statement
 * each, whatever the number of rounds.
 */
@Service
@Transactional(readOnly = true)
public class CaseAuditQueries {

	private static final String COLUMNS = """
			select id, authority_id, title, completed_on, cases_audited, outstanding, good, requires_improvement,
			       inadequate, summary, version
			from case_audit
			""";

	private final JdbcClient jdbc;

	CaseAuditQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An authority's audit rounds, oldest first, as a trend reads. */
	public List<CaseAuditRound> rounds(long authorityId) {
		return this.jdbc.sql(COLUMNS + "where authority_id = :id order by completed_on, id")
			.param("id", authorityId)
			.query((rs, n) -> round(rs))
			.list();
	}

	/** One round, whichever authority it belongs to: the caller checks who may see it. */
	public Optional<CaseAuditRound> round(long id) {
		return this.jdbc.sql(COLUMNS + "where id = :id").param("id", id).query((rs, n) -> round(rs)).optional();
	}

	private static CaseAuditRound round(ResultSet rs) throws SQLException {
		return CaseAuditRound.of(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("title"),
				rs.getObject("completed_on", LocalDate.class), rs.getInt("cases_audited"), rs.getInt("outstanding"),
				rs.getInt("good"), rs.getInt("requires_improvement"), rs.getInt("inadequate"), rs.getString("summary"),
				rs.getLong("version"));
	}

}
