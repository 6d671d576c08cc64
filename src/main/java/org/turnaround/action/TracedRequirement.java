package org.turnaround.action;

import java.util.List;

/**
 * A requirement of a notice with the actions, not cancelled, that answer it.
 */
public record TracedRequirement(long id, int number, String text, List<ActionRow> actions) {

	/** A requirement nobody is working on: the gap the traceability view warns of. */
	public boolean unanswered() {
		return this.actions.isEmpty();
	}

}
