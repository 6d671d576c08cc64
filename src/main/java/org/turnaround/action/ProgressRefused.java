package org.turnaround.action;

/**
 * The action's own rules refused a progress report; {@code field} is the part of the form
 * the refusal is about, so the form can show it there.
 */
public class ProgressRefused extends RuntimeException {

	private final String field;

	ProgressRefused(String field, RuntimeException refusal) {
		super(refusal.getMessage(), refusal);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
