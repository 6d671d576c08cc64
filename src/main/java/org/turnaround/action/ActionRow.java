package org.turnaround.action;

import java.time.LocalDate;

/**
 * One action as lists show it: enough to place it, judge it and link to it.
 */
public record ActionRow(long id, long priorityId, int priorityNumber, int number, String title, long ownerId,
		String ownerName, LocalDate dueOn, LocalDate baselineDueOn, ActionStatus status, int percentComplete,
		LocalDate lastUpdateOn, RagAssessment rag) {

	/**
	 * The number people use for an action: its priority's number, a dot, its own, e.g.
	 * "2.3".
	 */
	public String reference() {
		return this.priorityNumber + "." + this.number;
	}

	public boolean overdue(LocalDate today) {
		return this.status != ActionStatus.COMPLETE && this.status != ActionStatus.CANCELLED
				&& this.dueOn.isBefore(today);
	}

	public boolean dueDateRevised() {
		return !this.dueOn.equals(this.baselineDueOn);
	}

}
