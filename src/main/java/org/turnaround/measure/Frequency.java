package org.turnaround.measure;

/**
 * How often a measure gets a new value.
 */
public enum Frequency {

	MONTHLY("Monthly", 1), QUARTERLY("Quarterly", 3), ANNUALLY("Annually", 12);

	private final String label;

	private final int months;

	Frequency(String label, int months) {
		this.label = label;
		this.months = months;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The number of months between two values.
	 */
	public int months() {
		return this.months;
	}

}
