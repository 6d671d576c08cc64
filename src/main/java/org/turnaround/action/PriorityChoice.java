package org.turnaround.action;

/**
 * A priority a person may filter their actions by, with the plan it belongs to.
 */
public record PriorityChoice(long id, long planId, String planTitle, int number, String title) {

	public String label() {
		return "Priority " + this.number + ": " + this.title;
	}

}
