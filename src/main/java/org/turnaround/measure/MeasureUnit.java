package org.turnaround.measure;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * What a measure counts, which values make sense for it and how a person reads them.
 */
public enum MeasureUnit {

	PERCENT("Percentage", "A percentage must be between 0 and 100") {
		@Override
		boolean accepts(BigDecimal value) {
			return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
		}

		@Override
		String formatNumber(String number, BigDecimal value) {
			return number + "%";
		}
	},

	COUNT("Number", "A count must be zero or more") {
		@Override
		String formatNumber(String number, BigDecimal value) {
			return number;
		}
	},

	DAYS("Days", "A number of days must be zero or more") {
		@Override
		String formatNumber(String number, BigDecimal value) {
			return number + ((value.compareTo(BigDecimal.ONE) == 0) ? " day" : " days");
		}
	},

	RATE_PER_10000("Rate per 10,000 children", "A rate per 10,000 children must be zero or more") {
		@Override
		String formatNumber(String number, BigDecimal value) {
			return number + " per 10,000";
		}
	};

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final String label;

	private final String rule;

	MeasureUnit(String label, String rule) {
		this.label = label;
		this.rule = rule;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Formats a value the way a council report writes it: {@code 70.5%}, {@code 1,400},
	 * {@code 12 days}, {@code 45.2 per 10,000}.
	 */
	public String format(BigDecimal value) {
		Objects.requireNonNull(value, "value");
		// a new format each time: DecimalFormat is not thread-safe
		var number = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
		return formatNumber(number, value);
	}

	/**
	 * Whether a value is possible in this unit (no negative counts, no 101%).
	 */
	boolean accepts(BigDecimal value) {
		return value.signum() >= 0;
	}

	/**
	 * Refuses a value that is not possible in this unit, saying why.
	 */
	void requireAcceptable(BigDecimal value) {
		if (!accepts(value)) {
			throw new IllegalArgumentException(this.rule + ", not " + value.toPlainString() + ".");
		}
	}

	abstract String formatNumber(String number, BigDecimal value);

}
