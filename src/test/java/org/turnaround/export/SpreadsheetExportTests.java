package org.turnaround.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV and Excel writers on their own: what goes in comes back out, except formulas.
 */
class SpreadsheetExportTests {

	static final String AWKWARD = "Café – “quoted”, with \"double quotes\", commas,\r\nand a new line";

	static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "+1", "-1",
			"@SUM(A1:A9)", "\t=1+1", "\r=1+1");

	static final Table TABLE = new Table("Actions",
			List.of(new Table.Column("Text", 40), new Table.Column("Number", 10), new Table.Column("Date", 12)),
			List.of(Arrays.asList(AWKWARD, 40, LocalDate.of(2026, 3, 1)), Arrays.asList(null, null, null),
					Arrays.asList(PAYLOADS.get(0), 0, null), Arrays.asList(PAYLOADS.get(1), 100, null),
					Arrays.asList(PAYLOADS.get(2), null, null), Arrays.asList(PAYLOADS.get(3), null, null),
					Arrays.asList(PAYLOADS.get(4), null, null), Arrays.asList(PAYLOADS.get(5), null, null)));

	@Test
	void csvStartsWithAByteOrderMarkAndEndsEveryRecordWithCrLf() {
		var bytes = CsvExport.write(TABLE);
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		var text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFText,Number,Date\r\n").endsWith("\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n=").doesNotContain(",=");
	}

	@Test
	void csvGivesBackQuotesCommasNewLinesAndAccentsAsTheyWere() throws IOException {
		var records = parseCsv(CsvExport.write(TABLE));
		assertThat(records.get(0).values()).containsExactly(AWKWARD, "40", "2026-03-01");
		assertThat(records.get(1).values()).containsExactly("", "", "");
	}

	@Test
	void csvNeutralisesEveryFormulaPayload() throws IOException {
		var records = parseCsv(CsvExport.write(TABLE));
		for (int i = 0; i < PAYLOADS.size(); i++) {
			assertThat(records.get(2 + i).get(0)).isEqualTo("'" + PAYLOADS.get(i));
		}
		assertThat(records.get(3).get(1)).isEqualTo("100");
	}

	@Test
	void xlsxHasTheSameRowsWithRealNumbersAndDatesAndNeutralisedFormulas() throws IOException {
		var rows = readXlsx(XlsxExport.write(TABLE));
		assertThat(rows.get(1).getCellText(0)).isEqualTo("Text");
		var first = rows.get(2);
		assertThat(first.getCellAsString(0)).contains(AWKWARD);
		assertThat(first.getCellAsNumber(1)).contains(new BigDecimal("40"));
		assertThat(first.getCellAsDate(2)).contains(LocalDate.of(2026, 3, 1).atStartOfDay());
		assertThat(first.getCell(2).getDataFormatString()).isEqualTo("yyyy-mm-dd");
		for (int i = 0; i < PAYLOADS.size(); i++) {
			var cell = rows.get(4 + i).getCell(0);
			assertThat(cell.getFormula()).isNull();
			assertThat(cell.asString()).isEqualTo("'" + PAYLOADS.get(i));
		}
	}

	@Test
	void xlsxHeaderRowIsBoldAndFrozen() throws IOException {
		var bytes = XlsxExport.write(TABLE);
		var sheet = entry(bytes, "xl/worksheets/sheet1.xml");
		assertThat(sheet).contains("state=\"frozen\"").contains("ySplit=\"1\"").contains("topLeftCell=\"A2\"");
		assertThat(entry(bytes, "xl/styles.xml")).contains("<b");
		assertThat(sheet).contains("<col ");
	}

	static List<CSVRecord> parseCsv(byte[] bytes) throws IOException {
		var text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (var parser = format.parse(new java.io.StringReader(text.substring(1)))) {
			return parser.getRecords();
		}
	}

	/** The rows by their number in the sheet, counting from 1 as Excel does. */
	static Map<Integer, Row> readXlsx(byte[] bytes) throws IOException {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
			return workbook.getFirstSheet()
				.read()
				.stream()
				.collect(Collectors.toMap(Row::getRowNum, Function.identity()));
		}
	}

	private static String entry(byte[] zip, String name) throws IOException {
		// The workbook's entries have their sizes after the data, which ZipInputStream
		// cannot read.
		var file = Files.createTempFile("export", ".xlsx");
		try {
			Files.write(file, zip);
			try (var workbook = new ZipFile(file.toFile())) {
				var entry = workbook.getEntry(name);
				assertThat(entry).as(name).isNotNull();
				return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		finally {
			Files.delete(file);
		}
	}

}
