package org.turnaround.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;

import org.springframework.http.MediaType;

/**
 * Writes a table as an Excel workbook of one sheet: a bold header row that stays in view
 * when scrolling, dates as real dates (so they sort and filter) and numbers as numbers.
 */
final class XlsxExport {

	static final MediaType CONTENT_TYPE = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private XlsxExport() {
	}

	static byte[] write(Table table) {
		var bytes = new ByteArrayOutputStream();
		try (var workbook = new Workbook(bytes, "Turnaround", "1.0")) {
			var sheet = workbook.newWorksheet(table.name());
			var columns = table.columns();
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(0, c, columns.get(c).heading());
				sheet.width(c, columns.get(c).width());
			}
			sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
			sheet.freezePane(0, 1);
			int r = 1;
			for (var row : table.rows()) {
				for (int c = 0; c < row.size(); c++) {
					var cell = row.get(c);
					if (cell instanceof String text) {
						sheet.value(r, c, FormulaGuard.neutralise(text));
					}
					else if (cell instanceof Integer number) {
						sheet.value(r, c, number);
					}
					else if (cell instanceof LocalDate date) {
						sheet.value(r, c, date);
						sheet.style(r, c).format(DATE_FORMAT).set();
					}
				}
				r++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the workbook of " + table.name() + ".", ex);
		}
		return bytes.toByteArray();
	}

}
