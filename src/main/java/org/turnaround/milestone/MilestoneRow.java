package org.turnaround.milestone;

import java.time.LocalDate;
import java.util.List;

/**
 * A milestone as pages show it, with the references ("2.3") of the actions it depends on.
 */
public record MilestoneRow(long id, String title, String description, LocalDate targetOn, LocalDate achievedOn,
		MilestoneStatus status, List<DependentAction> actions) {

	/**
	 * A planned milestone whose target date has passed is late even before anyone marks
	 * it missed.
	 */
	public boolean late(LocalDate today) {
		return this.status == MilestoneStatus.PLANNED && this.targetOn.isBefore(today);
	}

	public record DependentAction(long id, String reference, String title) {

	}

}
