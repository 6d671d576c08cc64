package org.turnaround.measure;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.util.StringUtils;

/**
 * A figure typed into a form (a target or a value), read as GOV.UK asks: commas and
 * spaces allowed, at most 2 decimal places, and within what the unit allows.
 */
final class FigureInput {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

	private FigureInput() {
	}

	/** The figure, or empty when the text is not a plain number. */
	static Optional<BigDecimal> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String cleaned = text.strip().replace(",", "").replace(" ", "");
		return NUMBER.matcher(cleaned).matches() ? Optional.of(new BigDecimal(cleaned)) : Optional.empty();
	}

	/**
	 * What is wrong with the figure, or null when nothing is.
	 * @param what how the message names the figure: "value", "target"
	 * @param unit the unit the figure is in, or null when not yet known
	 */
	static String problem(String text, String what, MeasureUnit unit) {
		if (!StringUtils.hasText(text)) {
			return "Enter the " + what;
		}
		var figure = parse(text);
		if (figure.isEmpty()) {
			return "The " + what + " must be a number, like 72.5";
		}
		if (figure.get().stripTrailingZeros().scale() > 2) {
			return "The " + what + " must have no more than 2 decimal places";
		}
		if (figure.get().abs().compareTo(LARGEST) > 0) {
			return "The " + what + " is too large";
		}
		if (unit == MeasureUnit.PERCENT && !unit.accepts(figure.get())) {
			return "The " + what + " must be a percentage between 0 and 100";
		}
		if (unit != null && !unit.accepts(figure.get())) {
			return "The " + what + " must be zero or more";
		}
		return null;
	}

}
