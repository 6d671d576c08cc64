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
 * of a dashboard's cost on a large plan. A finished day's counts come from append-only
 * history (updates and audit revisions are only ever added, stamped with the time they
 * are recorded) and from the plan's actions themselves, where the audit trail does not
 * reach back. So they stay right for as long as the plan's actions are unchanged, and the
 * cache is keyed by a stamp of those: any change to an action raises its version, a new
 * action raises the count and the highest id, and a progress update moves the latest
 * update time.
 */
@Component
class TrendCache {

	/**
	 * What the cached counts of plan {@code pl} depend on, as a scalar subquery: read
	 * with the plan's header so it costs no statement of its own.
	 */
	static final String STAMP = """
			select count(*) || ':' || coalesce(max(a.id), 0) || ':' || coalesce(sum(a.version), 0) || ':'
			       || coalesce(cast(max(a.last_update_at) as text), '')
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
