package org.turnaround.web;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.util.StringUtils;

/**
 * Numbers typed into text inputs (GOV.UK asks for text inputs with inputmode, not number
 * inputs), read as a person writes them: surrounding spaces and thousands commas are
 * fine, anything else is not a number.
 */
public final class NumberInput {

	private NumberInput() {
	}

	/** Whether anything was typed. */
	public static boolean given(String text) {
		return StringUtils.hasText(text);
	}

	/** A whole number, 0 or more, that fits an int; empty otherwise. */
	public static Optional<Integer> count(String text) {
		var plain = plain(text);
		if (plain == null || !plain.matches("\\d{1,9}")) {
			return Optional.empty();
		}
		return Optional.of(Integer.valueOf(plain));
	}

	/**
	 * A number, 0 or more, with at most {@code places} decimal places and no more than
	 * {@code largest}; empty otherwise.
	 */
	public static Optional<BigDecimal> decimal(String text, int places, BigDecimal largest) {
		var plain = plain(text);
		if (plain == null || !plain.matches("\\d{1,12}(\\.\\d{1," + places + "})?")) {
			return Optional.empty();
		}
		var number = new BigDecimal(plain);
		return (number.compareTo(largest) <= 0) ? Optional.of(number) : Optional.empty();
	}

	private static String plain(String text) {
		return (text != null) ? text.strip().replace(",", "") : null;
	}

}
