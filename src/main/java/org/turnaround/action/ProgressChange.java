package org.turnaround.action;

import java.time.LocalDate;

/**
 * One progress report as the rules see it: the update itself and, when the person asked
 * for them, a revised due date and a RAG override.
 *
 * @param revisedDueOn the new due date, or null to leave the due date alone
 * @param ragOverride the RAG to override to, or null for no override
 */
public record ProgressChange(ActionStatus status, int percentComplete, String commentary, LocalDate revisedDueOn,
		String dueRevisionReason, Rag ragOverride, String ragOverrideReason) {

}
