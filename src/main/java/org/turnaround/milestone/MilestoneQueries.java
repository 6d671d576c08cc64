package org.turnaround.milestone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		return fold("m.plan_id = :id", planId);
	}

	/** The milestones that depend on one action. */
	public List<MilestoneRow> dependingOn(long actionId) {
		return fold("m.id in (select milestone_id from milestone_action where action_id = :id)", actionId);
	}

	private List<MilestoneRow> fold(String condition, long id) {
		Map<Long, MilestoneRow> milestones = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select m.id, m.title, m.description, m.target_on, m.achieved_on, m.status,
					       a.id as action_id, p.number as priority_number, a.number as action_number, a.title as action_title
					from milestone m
					left join milestone_action ma on ma.milestone_id = m.id
					left join action a on a.id = ma.action_id
					left join priority p on p.id = a.priority_id
					where %s
					order by m.target_on, m.id, p.number, a.number
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

}
