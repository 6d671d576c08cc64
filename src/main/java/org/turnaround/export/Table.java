package org.turnaround.export;

import java.time.LocalDate;
import java.util.List;

/**
 * What an export holds, once, so that its CSV and Excel forms cannot drift apart. A cell
 * is text, a whole number, a date, or null when empty.
 */
record Table(String name, List<Column> columns, List<List<Object>> rows) {

	Table {
		for (var row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException(
						"A row of " + name + " has " + row.size() + " cells for " + columns.size() + " columns.");
			}
			for (var cell : row) {
				if (cell != null && !(cell instanceof String || cell instanceof Integer || cell instanceof LocalDate)) {
					throw new IllegalArgumentException("An export cell is text, a whole number or a date, not "
							+ cell.getClass().getSimpleName() + ".");
				}
			}
		}
	}

	/**
	 * A column with the width, in characters, it gets in a spreadsheet.
	 */
	record Column(String heading, int width) {

	}

}
