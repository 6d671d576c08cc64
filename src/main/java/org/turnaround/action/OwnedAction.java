package org.turnaround.action;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One action on its owner's list: where it sits, how it stands, and whether it is overdue
 * or stale, which the list says in words as well as colour.
 *
 * @param lastUpdateOn the date of the latest update, or null when never updated
 * @param daysWithoutUpdate days since the latest update, or since the action was created
 * when it has none
 * @param stale whether an open action has gone longer without an update than the RAG
 * policy allows
 */
public record OwnedAction(long id, long planId, String planTitle, long priorityId, int priorityNumber,
		String priorityTitle, int number, String title, LocalDate dueOn, ActionStatus status, int percentComplete,
		LocalDate lastUpdateOn, long daysWithoutUpdate, boolean stale, RagAssessment rag, long daysOverdue) {

	static OwnedAction of(long id, long planId, String planTitle, long priorityId, int priorityNumber,
			String priorityTitle, int number, String title, LocalDate dueOn, ActionStatus status, int percentComplete,
			LocalDate lastUpdateOn, LocalDate createdOn, RagAssessment rag, int updateIntervalDays, LocalDate today) {
		boolean open = isOpen(status);
		long daysWithoutUpdate = ChronoUnit.DAYS.between((lastUpdateOn != null) ? lastUpdateOn : createdOn, today);
		long daysOverdue = (open && dueOn.isBefore(today)) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
		return new OwnedAction(id, planId, planTitle, priorityId, priorityNumber, priorityTitle, number, title, dueOn,
				status, percentComplete, lastUpdateOn, daysWithoutUpdate,
				open && daysWithoutUpdate > updateIntervalDays, rag, daysOverdue);
	}

	static boolean isOpen(ActionStatus status) {
		return status != ActionStatus.COMPLETE && status != ActionStatus.CANCELLED;
	}

	public boolean open() {
		return isOpen(this.status);
	}

	public boolean overdue() {
		return this.daysOverdue > 0;
	}

	public String reference() {
		return this.priorityNumber + "." + this.number;
	}

	/** "Overdue by 12 days": said in words, so colour is never the only sign. */
	public String overdueText() {
		return "Overdue by " + days(this.daysOverdue);
	}

	public String staleText() {
		return (this.lastUpdateOn != null) ? "No update for " + days(this.daysWithoutUpdate)
				: "No update since it was created " + days(this.daysWithoutUpdate) + " ago";
	}

	private static String days(long days) {
		return (days == 1) ? "1 day" : days + " days";
	}

}
