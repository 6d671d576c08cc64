package org.turnaround.action;

/**
 * A plan manager's change to an action was refused, by the action's rules or because a
 * choice is not one the form offered; {@code field} is the part of the form it is about.
 */
class ActionRefused extends RuntimeException {

	private final String field;

	ActionRefused(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
