package org.turnaround.export;

/**
 * Keeps text from being run as a formula when a spreadsheet opens an export (CSV or
 * formula injection): a cell that starts with =, +, -, @, a tab or a carriage return gets
 * a leading apostrophe, as OWASP advises, so Excel and LibreOffice show it as text.
 * Numbers and dates we write ourselves are typed cells and need no guard.
 */
final class FormulaGuard {

	private static final String TRIGGERS = "=+-@\t\r";

	private FormulaGuard() {
	}

	static String neutralise(String text) {
		if (text == null || text.isEmpty() || TRIGGERS.indexOf(text.charAt(0)) < 0) {
			return text;
		}
		return "'" + text;
	}

}
