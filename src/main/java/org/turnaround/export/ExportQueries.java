package org.turnaround.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.turnaround.action.ActionStatus;
import org.turnaround.action.Rag;
import org.turnaround.action.RagAssessment;
import org.turnaround.action.RagInput;
import org.turnaround.action.RagPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the exports need in one statement per table, whatever the size of the plan:
 * the latest commentary comes from a lateral join, and the RAG from the same policy the
 * pages use, so an export and the page agree.
 */
@Service
@Transactional(readOnly = true)
class ExportQueries {

	private final JdbcClient jdbc;

	private final RagPolicy policy;

	private final Clock clock;

	ExportQueries(JdbcClient jdbc, RagPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	Optional<Owner> plan(long planId) {
		return this.jdbc.sql("""
				select pl.authority_id, au.slug
				from improvement_plan pl join authority au on au.id = pl.authority_id
				where pl.id = :id
				""")
			.param("id", planId)
			.query((rs, n) -> new Owner(rs.getLong("authority_id"), rs.getString("slug")))
			.optional();
	}

	Optional<Owner> action(long actionId) {
		return this.jdbc.sql("""
				select pl.authority_id, au.slug
				from action a
				join improvement_plan pl on pl.id = a.plan_id
				join authority au on au.id = pl.authority_id
				where a.id = :id
				""")
			.param("id", actionId)
			.query((rs, n) -> new Owner(rs.getLong("authority_id"), rs.getString("slug")))
			.optional();
	}

	/**
	 * Every action of a plan with its latest commentary, in priority and action order.
	 */
	List<ExportedAction> actions(long planId) {
		var today = LocalDate.now(this.clock);
		return this.jdbc.sql("""
				select p.number as priority_number, p.title as priority_title, a.number, a.title,
				       o.display_name as owner_name, a.starts_on, a.due_on, a.baseline_due_on, a.status,
				       a.percent_complete, a.last_update_at, a.created_at, a.rag_override, a.rag_override_reason,
				       ob.display_name as override_by_name, latest.commentary as latest_commentary
				from action a
				-- linked rows through their keys, as ActionQueries reads them: as plain joins
				-- PostgreSQL hashed every priority and account there is
				join priority p on p.id = a.priority_id and p.plan_id = a.plan_id
				join lateral (select display_name from account where id = a.owner_id) o on true
				left join lateral (select display_name from account where id = a.rag_override_by_id) ob on true
				left join lateral (
				    select u.commentary from action_update u
				    where u.action_id = a.id
				    order by u.recorded_at desc, u.id desc
				    limit 1) latest on true
				where a.plan_id = :planId
				order by p.number, a.number
				""").param("planId", planId).query((rs, n) -> {
			var status = ActionStatus.valueOf(rs.getString("status"));
			var startsOn = rs.getObject("starts_on", LocalDate.class);
			var dueOn = rs.getObject("due_on", LocalDate.class);
			var lastUpdateOn = localDate(rs, "last_update_at");
			return new ExportedAction(rs.getInt("priority_number"), rs.getString("priority_title"), rs.getInt("number"),
					rs.getString("title"), rs.getString("owner_name"), startsOn, dueOn,
					rs.getObject("baseline_due_on", LocalDate.class), status, rs.getInt("percent_complete"),
					rag(rs, status, startsOn, dueOn, lastUpdateOn, today), lastUpdateOn,
					rs.getString("latest_commentary"));
		}).list();
	}

	private RagAssessment rag(ResultSet rs, ActionStatus status, LocalDate startsOn, LocalDate dueOn,
			LocalDate lastUpdateOn, LocalDate today) throws SQLException {
		var input = new RagInput(status, rs.getInt("percent_complete"), startsOn, dueOn, localDate(rs, "created_at"),
				lastUpdateOn);
		var override = rs.getString("rag_override");
		return this.policy.assess(input, (override != null) ? Rag.valueOf(override) : null,
				rs.getString("override_by_name"), rs.getString("rag_override_reason"), today);
	}

	/** The date in the application's zone, as the pages show it. */
	private LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant().atZone(this.clock.getZone()).toLocalDate() : null;
	}

	/** The authority a plan or action belongs to: who may read it, and its file names. */
	record Owner(long authorityId, String authoritySlug) {

	}

	record ExportedAction(int priorityNumber, String priorityTitle, int number, String title, String ownerName,
			LocalDate startsOn, LocalDate dueOn, LocalDate baselineDueOn, ActionStatus status, int percentComplete,
			RagAssessment rag, LocalDate lastUpdateOn, String latestCommentary) {

	}

}
