package org.turnaround.measure;

/**
 * The direction of travel between two values, in the measure's own sense of better.
 */
final class Trend {

	private Trend() {
	}

	static String between(Direction direction, PeriodValue previous, PeriodValue latest) {
		if (previous == null || latest == null) {
			return null;
		}
		if (previous.value().compareTo(latest.value()) == 0) {
			return "No change";
		}
		return direction.isImprovement(previous.value(), latest.value()) ? "Improving" : "Getting worse";
	}

}
