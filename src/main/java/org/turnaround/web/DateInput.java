package org.turnaround.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.util.StringUtils;

/**
 * The three boxes of a GOV.UK date input (day, month, year), read as typed: forms keep
 * the text so a wrong date can be shown back to the person, and turn it into a date only
 * when it is a real one with a four-digit year.
 */
public final class DateInput {

	private DateInput() {
	}

	/** Whether the person typed anything in any of the three boxes. */
	public static boolean given(String day, String month, String year) {
		return StringUtils.hasText(day) || StringUtils.hasText(month) || StringUtils.hasText(year);
	}

	/**
	 * The date typed, or empty when it is not a real date (31 February, a two-digit year,
	 * letters).
	 */
	public static Optional<LocalDate> parse(String day, String month, String year) {
		try {
			int y = Integer.parseInt(year.strip());
			if (y < 1000 || y > 9999) {
				return Optional.empty();
			}
			return Optional.of(LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
		}
		catch (NullPointerException | NumberFormatException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	public static String day(LocalDate date) {
		return (date != null) ? Integer.toString(date.getDayOfMonth()) : null;
	}

	public static String month(LocalDate date) {
		return (date != null) ? Integer.toString(date.getMonthValue()) : null;
	}

	public static String year(LocalDate date) {
		return (date != null) ? Integer.toString(date.getYear()) : null;
	}

}
