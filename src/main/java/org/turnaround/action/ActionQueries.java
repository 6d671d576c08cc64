package org.turnaround.action;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads actions for pages with one SQL statement per list, whatever the size of the plan:
 * the owner's name comes from a join and the RAG is computed from the row, not from
 * further queries.
 */
@Service
@Transactional(readOnly = true)
public class ActionQueries {

	private static final String ROW_COLUMNS = """
			a.id, a.priority_id, p.number as priority_number, a.number, a.title, a.owner_id,
			o.display_name as owner_name, a.starts_on, a.due_on, a.baseline_due_on, a.status, a.percent_complete,
			a.last_update_at, a.created_at, a.rag_override, a.rag_override_reason, ob.display_name as override_by_name
			""";

	/**
	 * What {@link #ROW_COLUMNS} reads beside the action: its priority, among its plan's,
	 * and the names of its owner and of whoever overrode its RAG, each through its key.
	 * As plain joins PostgreSQL hashed every priority and every account there is for a
	 * plan's few hundred actions, twice the time on the national data set.
	 */
	private static final String ROW_JOINS = """
			join priority p on p.id = a.priority_id and p.plan_id = a.plan_id
			join lateral (select display_name from account where id = a.owner_id) o on true
			left join lateral (select display_name from account where id = a.rag_override_by_id) ob on true
			""";

	private static final Comparator<OwnedAction> MOST_URGENT_FIRST = Comparator
		.comparing((OwnedAction action) -> !action.open())
		.thenComparing((action) -> !action.overdue())
		.thenComparing(OwnedAction::daysOverdue, Comparator.reverseOrder())
		.thenComparingInt(ActionQueries::ragUrgency)
		.thenComparing(OwnedAction::dueOn)
		.thenComparingLong(OwnedAction::planId)
		.thenComparingInt(OwnedAction::priorityNumber)
		.thenComparingInt(OwnedAction::number);

	private final JdbcClient jdbc;

	private final RagPolicy policy;

	private final Clock clock;

	ActionQueries(JdbcClient jdbc, RagPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	/** Every action of a plan, in priority and action order. */
	public List<ActionRow> forPlan(long planId) {
		var today = LocalDate.now(this.clock);
		return this.jdbc.sql("select " + ROW_COLUMNS + """
				from action a
				""" + ROW_JOINS + """
				where a.plan_id = :planId
				order by p.number, a.number
				""").param("planId", planId).query((rs, n) -> row(rs, today)).list();
	}

	/**
	 * Every action of a plan as it stood at the end of each of the given days, read from
	 * the record and never from today's state, so the answer for a past day does not move
	 * when the plan does. An action counts from the day it was added. Its fields come
	 * from the audit trail as of that day; where the trail does not reach back so far
	 * (records written before it began, such as the demo data), status, percent and the
	 * last update date come from the update history and the rest from the earliest state
	 * the trail knows (or the action as it is, if the trail knows none), so later edits
	 * never reach back into a past day. The RAG is the policy's verdict on that day, with
	 * any override then in force. One statement, whatever the number of days, actions or
	 * updates. A day's revision is the last one recorded before it ended, found through
	 * the index on the time it was recorded: revisions are numbered in the order they are
	 * recorded, so it is also the highest, but asking for the highest would read every
	 * revision up to that day. The days are materialised so that each day's revision is
	 * looked up once, not once for each action; the priorities are those of the plan, so
	 * the join reads a plan's few through its index instead of all of them.
	 */
	public Map<LocalDate, List<ActionAsAt>> forPlanAsAt(long planId, Collection<LocalDate> days) {
		if (days.isEmpty()) {
			return Map.of();
		}
		var result = new TreeMap<LocalDate, List<ActionAsAt>>();
		days.forEach((day) -> result.put(day, new ArrayList<>()));
		this.jdbc
			.sql("""
					with day as materialized (
					    select d.day, (
					        select r.id from revision r
					        where r.recorded_at < ((d.day + 1)::timestamp at time zone :zone)
					        order by r.recorded_at desc, r.id desc limit 1
					    ) as rev
					    from unnest(cast(:days as date[])) as d(day)
					)
					select day.day, a.id, coalesce(s.priority_id, f.priority_id, a.priority_id) as priority_id,
					       coalesce(ps.number, p.number) as priority_number,
					       coalesce(s.number, f.number, a.number) as number, coalesce(s.title, f.title, a.title) as title,
					       o.id as owner_id, o.display_name as owner_name,
					       coalesce(s.starts_on, f.starts_on, a.starts_on) as starts_on,
					       coalesce(s.due_on, f.due_on, a.due_on) as due_on,
					       coalesce(s.baseline_due_on, f.baseline_due_on, a.baseline_due_on) as baseline_due_on,
					       case when s.id is not null then s.status else coalesce(u.status, 'NOT_STARTED') end as status,
					       case when s.id is not null then s.percent_complete else coalesce(u.percent_complete, 0) end
					           as percent_complete,
					       case when s.id is not null then s.last_update_at else u.recorded_at end as last_update_at,
					       a.created_at, s.rag_override, s.rag_override_reason, ob.display_name as override_by_name,
					       u.commentary
					from day
					join action a on a.plan_id = :planId
					     and a.created_at < ((day.day + 1)::timestamp at time zone :zone)
					left join lateral (
					    select x.* from action_aud x
					    where x.id = a.id and x.rev <= day.rev and x.revtype <> 2
					    order by x.rev desc limit 1
					) s on true
					left join lateral (
					    select x.* from action_aud x
					    where x.id = a.id and x.revtype <> 2
					    order by x.rev limit 1
					) f on s.id is null
					left join lateral (
					    select y.status, y.percent_complete, y.recorded_at, y.commentary from action_update y
					    where y.action_id = a.id and y.recorded_at < ((day.day + 1)::timestamp at time zone :zone)
					    order by y.recorded_at desc, y.id desc limit 1
					) u on true
					left join lateral (
					    select z.number from priority_aud z
					    where z.id = coalesce(s.priority_id, f.priority_id, a.priority_id) and z.rev <= day.rev
					      and z.revtype <> 2
					    order by z.rev desc limit 1
					) ps on true
					join priority p on p.id = coalesce(s.priority_id, f.priority_id, a.priority_id) and p.plan_id = a.plan_id
					join account o on o.id = coalesce(s.owner_id, f.owner_id, a.owner_id)
					left join account ob on ob.id = s.rag_override_by_id
					order by day.day, priority_number, number, a.id
					""")
			// A PostgreSQL array literal of ISO dates: one parameter however many days.
			.param("days", days.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}")))
			.param("zone", zone().getId())
			.param("planId", planId)
			.query((rs, n) -> {
				var day = rs.getObject("day", LocalDate.class);
				result.get(day).add(new ActionAsAt(row(rs, day), rs.getString("commentary")));
				return day;
			})
			.list();
		return result;
	}

	/**
	 * The actions with these ids, in plan, priority and action order, for pages of other
	 * features that link to actions (an inspection's findings, a partnership). One
	 * statement however many ids, even none.
	 */
	public List<ActionRow> withIds(Collection<Long> ids) {
		var today = LocalDate.now(this.clock);
		return this.jdbc.sql("select " + ROW_COLUMNS + """
				from action a
				""" + ROW_JOINS + """
				where a.id = any(:ids)
				order by a.plan_id, p.number, a.number
				""").param("ids", ids.toArray(Long[]::new)).query((rs, n) -> row(rs, today)).list();
	}

	/**
	 * The actions of an authority's plans, newest plan first and in plan order, for forms
	 * that link records to actions.
	 * @param changeableOnly only actions that can still change: not cancelled, in plans
	 * that are not closed
	 */
	public List<ActionChoice> choicesFor(long authorityId, boolean changeableOnly) {
		String changeable = changeableOnly ? " and pl.status <> 'CLOSED' and a.status <> 'CANCELLED'" : "";
		return this.jdbc.sql("""
				select a.id, pl.title as plan_title, p.number as priority_number, a.number as action_number, a.title
				from action a
				join priority p on p.id = a.priority_id
				join improvement_plan pl on pl.id = a.plan_id
				where pl.authority_id = :id%s
				order by pl.starts_on desc, pl.id, p.number, a.number
				""".formatted(changeable))
			.param("id", authorityId)
			.query((rs, n) -> new ActionChoice(rs.getLong("id"), rs.getString("plan_title"),
					rs.getInt("priority_number") + "." + rs.getInt("action_number") + " " + rs.getString("title")))
			.list();
	}

	/**
	 * The open actions a person owns in the authorities they may read, most urgent first.
	 */
	public List<OwnedAction> ownedBy(long accountId, Set<Long> readableAuthorityIds) {
		return ownedBy(accountId, readableAuthorityIds, false);
	}

	/**
	 * The actions a person owns in the authorities they may read, in one statement
	 * however many there are, most urgent first: overdue (longest overdue first), then
	 * off track, then at risk, then by due date, soonest first; complete and cancelled
	 * ones, when asked for, come last. Sorting is done here because the RAG is computed
	 * from the row, not stored.
	 */
	public List<OwnedAction> ownedBy(long accountId, Set<Long> readableAuthorityIds, boolean includeDone) {
		if (readableAuthorityIds.isEmpty()) {
			return List.of();
		}
		var today = LocalDate.now(this.clock);
		int interval = this.policy.updateIntervalDays();
		var rows = this.jdbc.sql("select " + ROW_COLUMNS + """
				, a.plan_id, pl.title as plan_title, p.title as priority_title
				from action a
				join improvement_plan pl on pl.id = a.plan_id
				""" + ROW_JOINS + """
				where a.owner_id = :ownerId and pl.authority_id in (:authorityIds)
				  and (:includeDone or a.status not in ('COMPLETE', 'CANCELLED'))
				""")
			.param("ownerId", accountId)
			.param("authorityIds", readableAuthorityIds)
			.param("includeDone", includeDone)
			.query((rs, n) -> {
				var status = ActionStatus.valueOf(rs.getString("status"));
				return OwnedAction.of(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"),
						rs.getLong("priority_id"), rs.getInt("priority_number"), rs.getString("priority_title"),
						rs.getInt("number"), rs.getString("title"), rs.getObject("due_on", LocalDate.class), status,
						rs.getInt("percent_complete"), localDate(rs, "last_update_at"), localDate(rs, "created_at"),
						rag(rs, status, today), interval, today);
			})
			.list();
		return rows.stream().sorted(MOST_URGENT_FIRST).toList();
	}

	private static int ragUrgency(OwnedAction action) {
		if (!action.rag().hasRag()) {
			return 3;
		}
		return switch (action.rag().rag()) {
			case RED -> 0;
			case AMBER -> 1;
			default -> 2;
		};
	}

	/**
	 * The priorities of every plan of the authorities a person may read, plan by plan.
	 */
	public List<PriorityChoice> prioritiesReadableBy(Set<Long> readableAuthorityIds) {
		if (readableAuthorityIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select p.id, p.plan_id, pl.title as plan_title, p.number, p.title
				from priority p
				join improvement_plan pl on pl.id = p.plan_id
				where pl.authority_id in (:authorityIds)
				order by pl.starts_on desc, pl.id, p.number
				""")
			.param("authorityIds", readableAuthorityIds)
			.query((rs, n) -> new PriorityChoice(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"),
					rs.getInt("number"), rs.getString("title")))
			.list();
	}

	public Optional<ActionDetail> detail(long actionId) {
		var today = LocalDate.now(this.clock);
		return this.jdbc.sql("""
				select a.id, pl.authority_id, au.name as authority_name, a.plan_id, pl.title as plan_title,
				       a.priority_id, p.number as priority_number, p.title as priority_title, a.number, a.title,
				       a.description, a.owner_id, o.display_name as owner_name, o.job_title as owner_job_title,
				       pa.partner_name as lead_partner_name, a.starts_on, a.due_on, a.baseline_due_on,
				       a.due_revision_reason, a.status, a.percent_complete, a.last_update_at, a.created_at,
				       a.completed_on, a.cancellation_reason, a.rag_override, a.rag_override_reason,
				       ob.display_name as override_by_name, a.version
				from action a
				join priority p on p.id = a.priority_id
				join improvement_plan pl on pl.id = a.plan_id
				join authority au on au.id = pl.authority_id
				join account o on o.id = a.owner_id
				left join account ob on ob.id = a.rag_override_by_id
				left join partnership pa on pa.id = a.lead_partnership_id
				where a.id = :id
				""").param("id", actionId).query((rs, n) -> {
			var status = ActionStatus.valueOf(rs.getString("status"));
			return new ActionDetail(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("authority_name"),
					rs.getLong("plan_id"), rs.getString("plan_title"), rs.getLong("priority_id"),
					rs.getInt("priority_number"), rs.getString("priority_title"), rs.getInt("number"),
					rs.getString("title"), rs.getString("description"), rs.getLong("owner_id"),
					rs.getString("owner_name"), rs.getString("owner_job_title"), rs.getString("lead_partner_name"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
					rs.getObject("baseline_due_on", LocalDate.class), rs.getString("due_revision_reason"), status,
					rs.getInt("percent_complete"), localDate(rs, "last_update_at"),
					rs.getObject("completed_on", LocalDate.class), rs.getString("cancellation_reason"),
					rag(rs, status, today),
					(rs.getString("rag_override") != null) ? Rag.valueOf(rs.getString("rag_override")) : null,
					rs.getString("rag_override_reason"), rs.getLong("version"));
		}).optional();
	}

	/** The action's whole history, newest first, with each author's name. */
	public List<UpdateRow> history(long actionId) {
		return this.jdbc.sql("""
				select u.id, u.recorded_at, a.display_name as author_name, u.status, u.percent_complete,
				       u.commentary, u.rag, u.rag_reason
				from action_update u
				join account a on a.id = u.author_id
				where u.action_id = :id
				order by u.recorded_at desc, u.id desc
				""")
			.param("id", actionId)
			.query((rs, n) -> new UpdateRow(rs.getLong("id"), localDateTime(rs, "recorded_at"),
					rs.getString("author_name"), ActionStatus.valueOf(rs.getString("status")),
					rs.getInt("percent_complete"), rs.getString("commentary"),
					(rs.getString("rag") != null) ? Rag.valueOf(rs.getString("rag")) : null,
					rs.getString("rag_reason")))
			.list();
	}

	/**
	 * Each requirement of a notice with the actions that answer it, in one statement
	 * however many there are. Cancelled actions answer nothing, and a requirement no
	 * action answers comes back with an empty list.
	 */
	public List<TracedRequirement> tracing(long noticeId) {
		var today = LocalDate.now(this.clock);
		var lines = this.jdbc
			.sql("select r.id as requirement_id, r.number as requirement_number, " + "r.text as requirement_text, "
					+ ROW_COLUMNS + """
							from notice_requirement r
							left join (action_requirement ar
							           join action a on a.id = ar.action_id and a.status <> 'CANCELLED'
							           join priority p on p.id = a.priority_id
							           join account o on o.id = a.owner_id
							           left join account ob on ob.id = a.rag_override_by_id)
							       on ar.requirement_id = r.id
							where r.notice_id = :noticeId
							order by r.number, p.number, a.number
							""")
			.param("noticeId", noticeId)
			.query((rs, n) -> new TraceLine(
					new TracedRequirement(rs.getLong("requirement_id"), rs.getInt("requirement_number"),
							rs.getString("requirement_text"), new ArrayList<>()),
					(rs.getObject("id") != null) ? row(rs, today) : null))
			.list();
		var requirements = new LinkedHashMap<Long, TracedRequirement>();
		for (var line : lines) {
			var requirement = requirements.computeIfAbsent(line.requirement().id(), (id) -> line.requirement());
			if (line.action() != null) {
				requirement.actions().add(line.action());
			}
		}
		return List.copyOf(requirements.values());
	}

	private record TraceLine(TracedRequirement requirement, ActionRow action) {

	}

	/**
	 * The files and links of every update of an action, keyed by update, in one statement
	 * however long the history.
	 */
	public Map<Long, List<EvidenceRow>> evidence(long actionId) {
		return this.jdbc.sql("""
				select e.id, e.update_id, e.kind, e.title, e.file_name, e.content_type, e.size_bytes, e.url
				from evidence e
				join action_update u on u.id = e.update_id
				where u.action_id = :id
				order by e.id
				""")
			.param("id", actionId)
			.query((rs, n) -> new EvidenceRow(rs.getLong("id"), rs.getLong("update_id"),
					"FILE".equals(rs.getString("kind")), rs.getString("title"), rs.getString("file_name"),
					rs.getString("content_type"), (Long) rs.getObject("size_bytes", Long.class), rs.getString("url")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(EvidenceRow::updateId, LinkedHashMap::new, Collectors.toList()));
	}

	/** A stored file with the authority of its action, to check who may download it. */
	Optional<EvidenceFile> evidenceFile(long evidenceId) {
		return this.jdbc.sql("""
				select e.id, pl.authority_id, e.file_name, e.content_type, e.content
				from evidence e
				join action_update u on u.id = e.update_id
				join action a on a.id = u.action_id
				join improvement_plan pl on pl.id = a.plan_id
				where e.id = :id and e.kind = 'FILE'
				""")
			.param("id", evidenceId)
			.query((rs, n) -> new EvidenceFile(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	public List<RequirementRef> requirementsAnswered(long actionId) {
		return this.jdbc.sql("""
				select n.id as notice_id, n.title as notice_title, r.number, r.text
				from action_requirement ar
				join notice_requirement r on r.id = ar.requirement_id
				join improvement_notice n on n.id = r.notice_id
				where ar.action_id = :id
				order by n.issued_on, r.number
				""")
			.param("id", actionId)
			.query((rs, n) -> new RequirementRef(rs.getLong("notice_id"), rs.getString("notice_title"),
					rs.getInt("number"), rs.getString("text")))
			.list();
	}

	private ActionRow row(ResultSet rs, LocalDate today) throws SQLException {
		var status = ActionStatus.valueOf(rs.getString("status"));
		return new ActionRow(rs.getLong("id"), rs.getLong("priority_id"), rs.getInt("priority_number"),
				rs.getInt("number"), rs.getString("title"), rs.getLong("owner_id"), rs.getString("owner_name"),
				rs.getObject("due_on", LocalDate.class), rs.getObject("baseline_due_on", LocalDate.class), status,
				rs.getInt("percent_complete"), localDate(rs, "last_update_at"), rag(rs, status, today));
	}

	private RagAssessment rag(ResultSet rs, ActionStatus status, LocalDate today) throws SQLException {
		var input = new RagInput(status, rs.getInt("percent_complete"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), localDate(rs, "created_at"), localDate(rs, "last_update_at"));
		var override = rs.getString("rag_override");
		return this.policy.assess(input, (override != null) ? Rag.valueOf(override) : null,
				rs.getString("override_by_name"), rs.getString("rag_override_reason"), today);
	}

	private LocalDate localDate(ResultSet rs, String column) throws SQLException {
		var at = localDateTime(rs, column);
		return (at != null) ? at.toLocalDate() : null;
	}

	private LocalDateTime localDateTime(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? LocalDateTime.ofInstant(timestamp.toInstant(), zone()) : null;
	}

	private ZoneId zone() {
		return this.clock.getZone();
	}

}
