package org.turnaround.measure;

import java.time.LocalDate;

/**
 * How often a measure gets a new value, and so when a value is due. Periods are calendar
 * months, calendar quarters (from January, April, July and October) and financial years
 * (from 1 April), each named by its first day.
 */
public enum Frequency {

	MONTHLY("Monthly", 1, 1), QUARTERLY("Quarterly", 3, 1), ANNUALLY("Annually", 12, 4);

	private final String label;

	private final int months;

	// the month of the year one of the periods starts in
	private final int firstMonth;

	Frequency(String label, int months, int firstMonth) {
		this.label = label;
		this.months = months;
		this.firstMonth = firstMonth;
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

	/**
	 * The first day of the period that contains the date.
	 */
	public LocalDate periodContaining(LocalDate date) {
		int sinceFirst = Math.floorMod(date.getMonthValue() - this.firstMonth, this.months);
		return date.withDayOfMonth(1).minusMonths(sinceFirst);
	}

	/**
	 * The first day of the last period that has ended by the given day: last month, last
	 * quarter or last financial year.
	 */
	public LocalDate lastEndedPeriod(LocalDate today) {
		return periodContaining(today).minusMonths(this.months);
	}

	/**
	 * Whether a measure is due a value: once a period has ended its value is expected, so
	 * a measure is due when it has no value for the last ended period or any later one. A
	 * measure with no value at all is due.
	 * @param latestPeriod the period of the latest value, or null when there is none
	 * @param today today's date in the council's zone
	 */
	public boolean due(LocalDate latestPeriod, LocalDate today) {
		return latestPeriod == null || latestPeriod.isBefore(lastEndedPeriod(today));
	}

}
