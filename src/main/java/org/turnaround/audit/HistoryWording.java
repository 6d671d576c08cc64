package org.turnaround.audit;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.util.StringUtils;

/**
 * Writes a recorded value the way the app's pages do: dates as "3 March 2026", statuses
 * by their label, yes or no, pounds with thousands separators.
 */
final class HistoryWording {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

	private final ZoneId zone;

	HistoryWording(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * The value in words, written through the field's format; {@code null} for no value.
	 */
	String word(Object value, String format) {
		String words = word(value);
		return (words != null) ? format.formatted(words) : null;
	}

	String word(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof String text) {
			return StringUtils.hasText(text) ? text.strip() : null;
		}
		if (value instanceof LocalDate date) {
			return DATE.format(date);
		}
		if (value instanceof Instant instant) {
			return DATE_TIME.format(instant.atZone(this.zone));
		}
		if (value instanceof Boolean yes) {
			return yes ? "Yes" : "No";
		}
		if (value instanceof BigDecimal number) {
			return amount(number);
		}
		if (value instanceof Enum<?> constant) {
			return label(constant);
		}
		return value.toString();
	}

	private static String amount(BigDecimal number) {
		boolean whole = number.stripTrailingZeros().scale() <= 0;
		var format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(number);
	}

	/**
	 * The app's enums carry the words pages show in {@code label()}; one without falls
	 * back to its name in sentence case.
	 */
	private static String label(Enum<?> constant) {
		try {
			var label = constant.getDeclaringClass().getMethod("label");
			if (label.getReturnType() == String.class) {
				return (String) label.invoke(constant);
			}
		}
		catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
			// no label: fall through to the name
		}
		String name = constant.name().replace('_', ' ').toLowerCase(Locale.UK);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
