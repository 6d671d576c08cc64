package org.turnaround.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The measures that evidence one priority, as the measures page lists them.
 *
 * @param number the priority's number, or null for measures under no priority
 * @param title the priority's title, or null
 */
record PriorityGroup(Integer number, String title, List<MeasureSummary> measures) {

	/** Measures arrive in priority order; each run of one priority is a group. */
	static List<PriorityGroup> of(List<MeasureSummary> measures) {
		List<PriorityGroup> groups = new ArrayList<>();
		Long current = null;
		List<MeasureSummary> members = null;
		for (var measure : measures) {
			if (members == null || !Objects.equals(current, measure.priorityId())) {
				members = new ArrayList<>();
				groups.add(new PriorityGroup(measure.priorityNumber(), measure.priorityTitle(), members));
				current = measure.priorityId();
			}
			members.add(measure);
		}
		return groups;
	}

	public String heading() {
		return (this.number != null) ? "Priority " + this.number + ": " + this.title : "Not under a priority";
	}

}
