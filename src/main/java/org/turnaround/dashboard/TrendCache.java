package org.turnaround.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.turnaround.plan.RagCounts;

import org.springframework.stereotype.Component;

/**
 * The RAG counts of a plan's trend for days that are over, kept between requests: working
 * them out again means reading every action as it stood on every month-end, which is most
 * of a dashboard's cost on a large plan.
 *
 * <p>
 * A finished day's counts come from history, which is only ever added to and stamped with
 * the time it is recorded: progress updates, and the audit trail's revisions of each
 * action. What happens today cannot change them. So a progress update or an edit saved
 * today leaves the cache as it is; that is what keeps it useful on a plan whose officers
 * are at work. Two things can change a finished day, and the stamp the cache is keyed by
 * follows both:
 * <ul>
 * <li>the plan's set of actions: one deleted lowers the count, one added raises the
 * highest id (an action added today is not counted on a past day, but its id still
 * changes the stamp: the cost is one recount);</li>
 * <li>an action the audit trail has no revision of (written before the trail began, and
 * before the next start's baseline records it): a past day reads such an action as it is
 * now, so any change to it, which raises its version, changes the stamp. Its first
 * revision changes the stamp too, by taking it out of that sum.</li>
 * </ul>
 */
@Component
class TrendCache {

	/**
	 * What the cached counts of plan {@code pl} depend on, as a scalar subquery: read
	 * with the plan's header so it costs no statement of its own.
	 */
	static final String STAMP = """
			select count(*) || ':' || coalesce(max(a.id), 0) || ':'
			       || coalesce(sum(a.version) filter (where not exists (select 1 from action_aud x where x.id = a.id)), 0)
			from action a where a.plan_id = pl.id""";

	// A bound well above the number of active plans; past it the cache starts again.
	private static final int MAX_PLANS = 2_000;

	private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

	/** The counts known for the plan with this stamp, by day. */
	Map<LocalDate, RagCounts> counts(long planId, String stamp) {
		var entry = this.entries.get(planId);
		return (entry != null && entry.stamp().equals(stamp)) ? entry.counts() : Map.of();
	}

	/**
	 * Keeps counts worked out for the plan with this stamp; only days that are over are
	 * kept.
	 */
	void remember(long planId, String stamp, Map<LocalDate, RagCounts> counts, LocalDate today) {
		var finished = new HashMap<LocalDate, RagCounts>();
		counts.forEach((day, count) -> {
			if (isOver(day, today)) {
				finished.put(day, count);
			}
		});
		if (finished.isEmpty()) {
			return;
		}
		if (this.entries.size() >= MAX_PLANS) {
			this.entries.clear();
		}
		this.entries.compute(planId, (id, entry) -> {
			var merged = new HashMap<LocalDate, RagCounts>();
			if (entry != null && entry.stamp().equals(stamp)) {
				merged.putAll(entry.counts());
			}
			merged.putAll(finished);
			return new Entry(stamp, Map.copyOf(merged));
		});
	}

	/**
	 * Whether nothing more can be recorded as of the end of the day. Yesterday is left
	 * out too, so a change saved just before midnight and committed just after is never
	 * missed.
	 */
	static boolean isOver(LocalDate day, LocalDate today) {
		return day.isBefore(today.minusDays(1));
	}

	private record Entry(String stamp, Map<LocalDate, RagCounts> counts) {

	}

}
