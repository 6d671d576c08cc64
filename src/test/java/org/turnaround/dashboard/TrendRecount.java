package org.turnaround.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.turnaround.action.ActionAsAt;
import org.turnaround.action.ActionQueries;
import org.turnaround.plan.RagCounts;

/**
 * A dashboard's trend counted again, and its "since" day read again, straight from the
 * record, with no cache in between, to check the cached one against.
 */
final class TrendRecount {

	private TrendRecount() {
	}

	/** The plan's actions as the changes since a day compare them, read with no cache. */
	static List<Dashboard.Then> then(ActionQueries actions, long planId, LocalDate day) {
		return actions.forPlanAsAt(planId, List.of(day))
			.get(day)
			.stream()
			.map((state) -> Dashboard.Then.of(state.action(), day))
			.toList();
	}

	static List<Dashboard.TrendPoint> recounted(ActionQueries actions, long planId, List<Dashboard.TrendPoint> trend) {
		var recorded = actions.forPlanAsAt(planId, trend.stream().map(Dashboard.TrendPoint::day).toList());
		return trend.stream()
			.map((point) -> new Dashboard.TrendPoint(point.day(),
					RagCounts.of(recorded.get(point.day()).stream().map(ActionAsAt::action).toList())))
			.toList();
	}

}
