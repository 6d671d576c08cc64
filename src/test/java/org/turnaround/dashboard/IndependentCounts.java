package org.turnaround.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The RAG rules of DESIGN.md written again, in SQL, straight over the action table: the
 * yardstick the dashboard's numbers are checked against. It shares no code with the
 * application's RAG policy or queries on purpose.
 */
final class IndependentCounts {

	private static final String RAG_BY_ACTION = """
			with x as (
			    select a.id, a.priority_id, a.status, a.percent_complete as p, a.rag_override,
			           a.due_on - cast(? as date) as days_to_due,
			           case when a.starts_on is null or a.starts_on > cast(? as date) or a.due_on <= a.starts_on then null
			                else least(100, (cast(? as date) - a.starts_on) * 100 / (a.due_on - a.starts_on)) end as elapsed,
			           cast(? as date) - coalesce((a.last_update_at at time zone 'Europe/London')::date,
			                                      (a.created_at at time zone 'Europe/London')::date) as since_update
			    from action a where a.plan_id = ?
			)
			select id, priority_id, status, days_to_due, case
			    when status = 'CANCELLED' then 'NONE'
			    when rag_override is not null then rag_override
			    when status = 'COMPLETE' then 'BLUE'
			    when days_to_due < 0 then 'RED'
			    when status = 'BLOCKED' then 'RED'
			    when elapsed - p >= 40 then 'RED'
			    when since_update > 30 then 'AMBER'
			    when days_to_due <= 14 and p < 50 then 'AMBER'
			    when elapsed - p >= 20 then 'AMBER'
			    else 'GREEN' end as rag
			from x
			""";

	private final JdbcTemplate jdbc;

	IndependentCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** RAG name (or NONE for cancelled) to count, for the whole plan. */
	Map<String, Integer> byRag(long planId, LocalDate today) {
		return count("select rag, count(*) from (" + RAG_BY_ACTION + ") r group by rag", planId, today);
	}

	/** "priority number:RAG" to count. */
	Map<String, Integer> byPriorityAndRag(long planId, LocalDate today) {
		return count("select pr.number || ':' || r.rag, count(*) from (" + RAG_BY_ACTION
				+ ") r join priority pr on pr.id = r.priority_id group by pr.number, r.rag", planId, today);
	}

	/** Actions off track or overdue (and neither complete nor cancelled). */
	int offTrackOrOverdue(long planId, LocalDate today) {
		return this.jdbc.queryForObject("select count(*) from (" + RAG_BY_ACTION + """
				) r where rag = 'RED' or (days_to_due < 0 and status not in ('COMPLETE', 'CANCELLED'))
				""", Integer.class, today, today, today, today, planId);
	}

	private Map<String, Integer> count(String sql, long planId, LocalDate today) {
		var counts = new HashMap<String, Integer>();
		this.jdbc.query(sql, (rs) -> {
			counts.put(rs.getString(1), rs.getInt(2));
		}, today, today, today, today, planId);
		return counts;
	}

}
