package org.turnaround.milestone;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.turnaround.audit.AuditActor;
import org.turnaround.milestone.MilestoneRow.DependentAction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads milestones with their dependent actions in one statement (a left join folded in
 * Java).
 */
@Service
@Transactional(readOnly = true)
public class MilestoneQueries {

	private final JdbcClient jdbc;

	MilestoneQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<MilestoneRow> forPlan(long planId) {
		return fold("m.plan_id = :id", planId, (rs, milestone) -> {
		});
	}

	/**
	 * A plan's milestones as they stood at the end of a day, from the audit trail as of
	 * that day. A milestone the trail first saw being created after that day did not
	 * exist yet; one the trail knows nothing of by then (older than the trail, or written
	 * without it) is read from the earliest state the trail knows, else today's record,
	 * planned unless it was achieved by then or its target had passed and it is now
	 * marked missed. Dependent actions are left out.
	 */
	public List<MilestoneRow> forPlanAsAt(long planId, LocalDate day, ZoneId zone) {
		return this.jdbc
			.sql("""
					with cutoff as (
					    -- the last revision recorded by then (see ActionQueries.forPlanAsAt)
					    select coalesce((
					        select r.id from revision r
					        where r.recorded_at < ((cast(:day as date) + 1)::timestamp at time zone :zone)
					        order by r.recorded_at desc, r.id desc limit 1
					    ), 0) as rev
					)
					select m.id, coalesce(s.title, f.title, m.title) as title,
					       coalesce(s.description, f.description, m.description) as description,
					       coalesce(s.target_on, f.target_on, m.target_on) as target_on,
					       case when s.id is not null then s.achieved_on
					            when coalesce(f.achieved_on, m.achieved_on) <= :day then coalesce(f.achieved_on, m.achieved_on)
					            end as achieved_on,
					       case when s.id is not null then s.status
					            when coalesce(f.achieved_on, m.achieved_on) <= :day then 'ACHIEVED'
					            when coalesce(f.status, m.status) = 'MISSED' and coalesce(f.target_on, m.target_on) < :day then 'MISSED'
					            else 'PLANNED' end as status
					from milestone m cross join cutoff
					left join lateral (
					    select x.* from milestone_aud x
					    where x.id = m.id and x.rev <= cutoff.rev and x.revtype <> 2
					    order by x.rev desc limit 1
					) s on true
					left join lateral (
					    select x.* from milestone_aud x
					    where x.id = m.id and x.revtype <> 2
					    order by x.rev limit 1
					) f on s.id is null
					where m.plan_id = :planId
					  and not exists (
					      select 1 from milestone_aud f join revision r on r.id = f.rev
					      where f.id = m.id and f.revtype = 0 and f.rev > cutoff.rev and r.username is distinct from :system)
					order by target_on, m.id
					""")
			.param("day", day)
			.param("zone", zone.getId())
			.param("planId", planId)
			.param("system", AuditActor.SYSTEM.username())
			.query((rs, n) -> new MilestoneRow(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
					rs.getObject("target_on", LocalDate.class), rs.getObject("achieved_on", LocalDate.class),
					MilestoneStatus.valueOf(rs.getString("status")), List.of()))
			.list();
	}

	/** The milestones that depend on one action. */
	public List<MilestoneRow> dependingOn(long actionId) {
		return fold("m.id in (select milestone_id from milestone_action where action_id = :id)", actionId,
				(rs, milestone) -> {
				});
	}

	/** One milestone with its plan, for the milestone page. */
	public Optional<MilestoneDetail> detail(long milestoneId) {
		List<MilestoneDetail> detail = new ArrayList<>();
		fold("m.id = :id", milestoneId,
				(rs, milestone) -> detail.add(new MilestoneDetail(milestone, rs.getLong("authority_id"),
						rs.getString("authority_name"), rs.getLong("plan_id"), rs.getString("plan_title"),
						rs.getString("cancellation_reason"), rs.getLong("version"))));
		return detail.stream().findFirst();
	}

	/**
	 * Folds milestone rows (one per dependent action) into milestones; {@code first} sees
	 * the first row of each, for columns beyond the milestone row.
	 */
	private List<MilestoneRow> fold(String condition, long id, FirstRow first) {
		Map<Long, MilestoneRow> milestones = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select m.id, m.version, m.title, m.description, m.target_on, m.achieved_on, m.status, m.cancellation_reason,
					       m.plan_id, pl.title as plan_title, pl.authority_id, au.name as authority_name,
					       d.action_id, d.priority_number, d.action_number, d.action_title
					from milestone m
					join improvement_plan pl on pl.id = m.plan_id
					join authority au on au.id = pl.authority_id
					-- lateral, so the links are read through their key for each milestone: as a
					-- plain join PostgreSQL hashed every link of every plan
					left join lateral (
					    select a.id as action_id, p.number as priority_number, a.number as action_number,
					           a.title as action_title
					    from milestone_action ma
					    join action a on a.id = ma.action_id
					    join priority p on p.id = a.priority_id
					    where ma.milestone_id = m.id
					) d on true
					where %s
					order by m.target_on, m.id, d.priority_number, d.action_number
					"""
				.formatted(condition))
			.param("id", id)
			.query(rs -> {
				var milestone = milestones.get(rs.getLong("id"));
				if (milestone == null) {
					milestone = new MilestoneRow(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
							rs.getObject("target_on", LocalDate.class), rs.getObject("achieved_on", LocalDate.class),
							MilestoneStatus.valueOf(rs.getString("status")), new ArrayList<>());
					milestones.put(milestone.id(), milestone);
					first.accept(rs, milestone);
				}
				long actionId = rs.getLong("action_id");
				if (!rs.wasNull()) {
					milestone.actions()
						.add(new DependentAction(actionId,
								rs.getInt("priority_number") + "." + rs.getInt("action_number"),
								rs.getString("action_title")));
				}
			});
		return List.copyOf(milestones.values());
	}

	@FunctionalInterface
	private interface FirstRow {

		void accept(ResultSet rs, MilestoneRow milestone) throws SQLException;

	}

	/**
	 * A milestone with the plan and authority it belongs to.
	 */
	public record MilestoneDetail(MilestoneRow milestone, long authorityId, String authorityName, long planId,
			String planTitle, String cancellationReason, long version) {

	}

	/** The plan a milestone is added to, with who may change it. */
	public Optional<PlanRef> plan(long planId) {
		return this.jdbc.sql("""
				select pl.id, pl.authority_id, au.name as authority_name, pl.title, pl.status
				from improvement_plan pl join authority au on au.id = pl.authority_id
				where pl.id = :id
				""")
			.param("id", planId)
			.query((rs, n) -> new PlanRef(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("authority_name"),
					rs.getString("title"), rs.getString("status")))
			.optional();
	}

	/** The actions of a plan a milestone may depend on, in plan order. */
	public List<DependentAction> actionChoices(long planId) {
		return this.jdbc.sql("""
				select a.id, p.number as priority_number, a.number as action_number, a.title
				from action a join priority p on p.id = a.priority_id
				where a.plan_id = :id
				order by p.number, a.number
				""")
			.param("id", planId)
			.query((rs, n) -> new DependentAction(rs.getLong("id"),
					rs.getInt("priority_number") + "." + rs.getInt("action_number"), rs.getString("title")))
			.list();
	}

	/**
	 * A plan as the milestone forms need it.
	 *
	 * @param status the name of the plan's status
	 */
	public record PlanRef(long id, long authorityId, String authorityName, String title, String status) {

		public boolean closed() {
			return "CLOSED".equals(this.status);
		}

	}

}
