package org.turnaround.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.MediaType;

/**
 * Writes a table as RFC 4180 CSV (comma, CRLF, quotes where needed) in UTF-8 with a byte
 * order mark, without which Excel reads the file as the PC's legacy code page and mangles
 * every accent and dash.
 */
final class CsvExport {

	static final MediaType CONTENT_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private CsvExport() {
	}

	static byte[] write(Table table) {
		var headings = table.columns().stream().map(Table.Column::heading).toArray(String[]::new);
		var format = CSVFormat.RFC4180.builder().setHeader(headings).get();
		var bytes = new ByteArrayOutputStream();
		try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			writer.write(BYTE_ORDER_MARK);
			try (var printer = new CSVPrinter(writer, format)) {
				for (var row : table.rows()) {
					var cells = new ArrayList<String>(row.size());
					for (var cell : row) {
						cells.add(text(cell));
					}
					printer.printRecord(cells);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the CSV of " + table.name() + ".", ex);
		}
		return bytes.toByteArray();
	}

	private static String text(Object cell) {
		if (cell instanceof String text) {
			return FormulaGuard.neutralise(text);
		}
		if (cell instanceof LocalDate date) {
			return date.toString();
		}
		return (cell != null) ? cell.toString() : null;
	}

}
