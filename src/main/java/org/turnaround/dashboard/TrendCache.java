package org.turnaround.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.turnaround.dashboard.Dashboard.Then;
import org.turnaround.plan.RagCounts;

import org.springframework.stereotype.Component;

/**
 * What a plan's dashboard reads of days that are over, kept between requests: the RAG
 * counts of its trend, and its actions as they stood at the end of one "since" day (the
 * last one asked for: usually a month ago, the default, or the last cabinet meeting).
 * Working them out again means reading every action as it stood on each of those days,
 * which is most of a dashboard's cost on a large plan.
 *
 * <p>
 * A finished day's counts and states come from history, which is only ever added to and
 * stamped with the time it is recorded: progress updates, and the audit trail's revisions
 * of each action. What happens today cannot change them. So a progress update or an edit
 * saved today leaves the cache as it is; that is what keeps it useful on a plan whose
 * officers are at work. Two things can change a finished day, and the stamp the cache is
 * keyed by follows both:
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
	// A plan holds under 100 KB: a few dozen counts, and a small record of each of its
	// hundreds of actions for one day.
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
		if (!finished.isEmpty()) {
			update(planId, stamp, (entry) -> {
				var merged = new HashMap<>(entry.counts());
				merged.putAll(finished);
				return new Entry(stamp, Map.copyOf(merged), entry.thenDay(), entry.then());
			});
		}
	}

	/**
	 * The plan's actions as they stood at the end of the day, if kept for this stamp;
	 * otherwise null.
	 */
	List<Then> then(long planId, String stamp, LocalDate day) {
		var entry = this.entries.get(planId);
		return (entry != null && entry.stamp().equals(stamp) && day.equals(entry.thenDay())) ? entry.then() : null;
	}

	/**
	 * Keeps the plan's actions as they stood at the end of a day that is over, in place
	 * of any other day's.
	 */
	void rememberThen(long planId, String stamp, LocalDate day, List<Then> then, LocalDate today) {
		if (isOver(day, today)) {
			var kept = List.copyOf(then);
			update(planId, stamp, (entry) -> new Entry(stamp, entry.counts(), day, kept));
		}
	}

	private void update(long planId, String stamp, UnaryOperator<Entry> change) {
		if (this.entries.size() >= MAX_PLANS) {
			this.entries.clear();
		}
		this.entries.compute(planId, (id, entry) -> change
			.apply((entry != null && entry.stamp().equals(stamp)) ? entry : new Entry(stamp, Map.of(), null, null)));
	}

	/**
	 * Whether nothing more can be recorded as of the end of the day. Yesterday is left
	 * out too, so a change saved just before midnight and committed just after is never
	 * missed.
	 */
	static boolean isOver(LocalDate day, LocalDate today) {
		return day.isBefore(today.minusDays(1));
	}

	private record Entry(String stamp, Map<LocalDate, RagCounts> counts, LocalDate thenDay, List<Then> then) {

	}

}
