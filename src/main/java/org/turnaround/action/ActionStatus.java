package org.turnaround.action;

/**
 * Where an action stands, as its owner last reported it.
 */
public enum ActionStatus {

	NOT_STARTED("Not started"), IN_PROGRESS("In progress"), BLOCKED("Blocked"), COMPLETE("Complete"),
	CANCELLED("Cancelled");

	private final String label;

	ActionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
