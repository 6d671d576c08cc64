package org.turnaround.action;

import java.time.LocalDateTime;

/**
 * One entry of an action's history as people read it: who, when, what it said.
 */
public record UpdateRow(long id, LocalDateTime recordedAt, String authorName, ActionStatus status, int percentComplete,
		String commentary, Rag rag, String ragReason) {

}
