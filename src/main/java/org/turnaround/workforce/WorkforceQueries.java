package org.turnaround.workforce;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads workforce returns with their derived rates for pages, the dashboard and the
 * cabinet report: one statement each, whatever the number of periods.
 */
@Service
@Transactional(readOnly = true)
public class WorkforceQueries {

	private static final String COLUMNS = """
			select id, authority_id, period_on, social_workers_fte, vacancies_fte, agency_workers_fte, leavers_fte,
			       average_caseload, version
			from workforce_return
			""";

	private final JdbcClient jdbc;

	WorkforceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An authority's workforce returns, oldest period first, as a trend reads. */
	public List<WorkforcePeriod> periods(long authorityId) {
		return this.jdbc.sql(COLUMNS + "where authority_id = :id order by period_on, id")
			.param("id", authorityId)
			.query((rs, n) -> period(rs))
			.list();
	}

	/**
	 * One return, whichever authority it belongs to: the caller checks who may see it.
	 */
	public Optional<WorkforcePeriod> period(long id) {
		return this.jdbc.sql(COLUMNS + "where id = :id").param("id", id).query((rs, n) -> period(rs)).optional();
	}

	private static WorkforcePeriod period(ResultSet rs) throws SQLException {
		return WorkforcePeriod.of(rs.getLong("id"), rs.getLong("authority_id"),
				rs.getObject("period_on", LocalDate.class), rs.getObject("social_workers_fte", BigDecimal.class),
				rs.getObject("vacancies_fte", BigDecimal.class), rs.getObject("agency_workers_fte", BigDecimal.class),
				rs.getObject("leavers_fte", BigDecimal.class), rs.getObject("average_caseload", BigDecimal.class),
				rs.getLong("version"));
	}

}
