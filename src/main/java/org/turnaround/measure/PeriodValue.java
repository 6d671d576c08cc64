package org.turnaround.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One value of a measure and the period it is for (named by its first day).
 */
public record PeriodValue(LocalDate period, BigDecimal value) {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** The period as people name it: "March 2026". */
	public String periodText() {
		return MONTH.format(this.period);
	}

}
