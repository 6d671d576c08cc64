package org.turnaround.action;

import java.time.LocalDate;

/**
 * What the RAG policy needs to know about an action.
 *
 * @param status the action's status
 * @param percentComplete 0 to 100
 * @param startsOn when work starts, or null when not planned
 * @param dueOn when the action is due
 * @param createdOn when the action was added to the plan
 * @param lastUpdateOn the date of the latest update, or null when never updated (then
 * {@code createdOn} counts instead)
 */
public record RagInput(ActionStatus status, int percentComplete, LocalDate startsOn, LocalDate dueOn,
		LocalDate createdOn, LocalDate lastUpdateOn) {

	public RagInput {
		if (status == null) {
			throw new IllegalArgumentException("An action needs a status to have a RAG.");
		}
		if (percentComplete < 0 || percentComplete > 100) {
			throw new IllegalArgumentException(
					"Percent complete must be between 0 and 100, not " + percentComplete + ".");
		}
		if (dueOn == null) {
			throw new IllegalArgumentException("An action needs a due date to have a RAG.");
		}
		if (createdOn == null) {
			throw new IllegalArgumentException("An action needs the date it was created to have a RAG.");
		}
	}

}
