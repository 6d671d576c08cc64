package org.turnaround.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads plans for pages, one statement per list.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

	private final JdbcClient jdbc;

	PlanQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The plans of the given authorities; none when the set is empty. */
	public List<PlanSummary> of(Set<Long> authorityIds) {
		if (authorityIds.isEmpty()) {
			return List.of();
		}
		return summaries("pl.authority_id in (:id)", authorityIds);
	}

	/**
	 * The authority's active plan, the one its people work to; the newest if there are
	 * several.
	 */
	public Optional<Long> activePlanOf(long authorityId) {
		return this.jdbc.sql("""
				select id from improvement_plan where authority_id = :id and status = 'ACTIVE'
				order by starts_on desc, id desc limit 1
				""").param("id", authorityId).query(Long.class).optional();
	}

	/** The plans that answer a notice, for the notice page. */
	public List<PlanSummary> answering(long noticeId) {
		return summaries("pl.notice_id = :id", noticeId);
	}

	private List<PlanSummary> summaries(String condition, Object id) {
		return this.jdbc.sql("""
				select pl.id, au.name as authority_name, pl.title, pl.status, pl.starts_on, pl.ends_on, pl.endorsed_on,
				       n.title as notice_title,
				       (select count(*) from priority p where p.plan_id = pl.id) as priority_count,
				       (select count(*) from action a where a.plan_id = pl.id) as action_count
				from improvement_plan pl
				join authority au on au.id = pl.authority_id
				left join improvement_notice n on n.id = pl.notice_id
				where %s
				order by au.name, pl.starts_on desc, pl.id
				""".formatted(condition))
			.param("id", id)
			.query((rs, n) -> new PlanSummary(rs.getLong("id"), rs.getString("authority_name"), rs.getString("title"),
					PlanStatus.valueOf(rs.getString("status")), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getObject("endorsed_on", LocalDate.class),
					rs.getString("notice_title"), rs.getInt("priority_count"), rs.getInt("action_count")))
			.list();
	}

	public Optional<PlanDetail> detail(long planId) {
		return this.jdbc.sql("""
				select pl.id, pl.authority_id, au.name as authority_name, pl.title, pl.summary, pl.status, pl.starts_on,
				       pl.ends_on, pl.endorsed_on, pl.budget_pounds, pl.notice_id, n.title as notice_title
				from improvement_plan pl
				join authority au on au.id = pl.authority_id
				left join improvement_notice n on n.id = pl.notice_id
				where pl.id = :id
				""")
			.param("id", planId)
			.query((rs, n) -> new PlanDetail(rs.getLong("id"), rs.getLong("authority_id"),
					rs.getString("authority_name"), rs.getString("title"), rs.getString("summary"),
					PlanStatus.valueOf(rs.getString("status")), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getObject("endorsed_on", LocalDate.class),
					rs.getObject("budget_pounds", BigDecimal.class), (Long) rs.getObject("notice_id"),
					rs.getString("notice_title")))
			.optional();
	}

	/** The authority's notices a plan of it may answer, newest first. */
	public List<NoticeChoice> noticeChoices(long authorityId) {
		return this.jdbc.sql("""
				select id, title from improvement_notice where authority_id = :id order by issued_on desc, id
				""")
			.param("id", authorityId)
			.query((rs, n) -> new NoticeChoice(rs.getLong("id"), rs.getString("title")))
			.list();
	}

	public List<PriorityRow> priorities(long planId) {
		return this.jdbc.sql("""
				select id, number, title, description, lead_name from priority where plan_id = :id order by number
				""")
			.param("id", planId)
			.query((rs, n) -> new PriorityRow(rs.getLong("id"), rs.getInt("number"), rs.getString("title"),
					rs.getString("description"), rs.getString("lead_name")))
			.list();
	}

	public record PlanSummary(long id, String authorityName, String title, PlanStatus status, LocalDate startsOn,
			LocalDate endsOn, LocalDate endorsedOn, String noticeTitle, int priorityCount, int actionCount) {

	}

	public record PlanDetail(long id, long authorityId, String authorityName, String title, String summary,
			PlanStatus status, LocalDate startsOn, LocalDate endsOn, LocalDate endorsedOn, BigDecimal budgetPounds,
			Long noticeId, String noticeTitle) {

	}

	public record NoticeChoice(long id, String title) {

	}

	public record PriorityRow(long id, int number, String title, String description, String leadName) {

	}

}
