package org.turnaround.action;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceTypesTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] ELF = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0 };

	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };

	static byte[] zip(String... names) {
		try {
			var bytes = new ByteArrayOutputStream();
			try (var zip = new ZipOutputStream(bytes)) {
				for (var name : names) {
					zip.putNextEntry(new ZipEntry(name));
					zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] ole2(String stream) {
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1 });
		bytes.writeBytes(new byte[504]);
		bytes.writeBytes(stream.getBytes(StandardCharsets.UTF_16LE));
		bytes.writeBytes(new byte[64]);
		return bytes.toByteArray();
	}

	static String typeOf(byte[] content, String name) {
		return EvidenceTypes.detect(content, name).map(EvidenceTypes.EvidenceType::contentType).orElse(null);
	}

	@Test
	void recognisesAPdfByItsSignatureWhateverItIsCalled() {
		assertThat(typeOf(PDF, "report.pdf")).isEqualTo("application/pdf");
		assertThat(typeOf(PDF, "report.txt")).isEqualTo("application/pdf");
	}

	@Test
	void refusesARenamedExecutable() {
		assertThat(typeOf(ELF, "report.pdf")).isNull();
		assertThat(typeOf(EXE, "minutes.docx")).isNull();
		assertThat(typeOf(EXE, "notes.txt")).isNull();
	}

	@Test
	void recognisesImagesBySignature() {
		assertThat(typeOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "a.jpg"))
			.isEqualTo("image/png");
		assertThat(typeOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 }, "a"))
			.isEqualTo("image/jpeg");
		assertThat(typeOf("GIF89a\1\0\1\0".getBytes(StandardCharsets.ISO_8859_1), "a.gif")).isEqualTo("image/gif");
	}

	@Test
	void recognisesOfficeOpenXmlByItsEntriesNotItsName() {
		assertThat(typeOf(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"), "a.zip"))
			.isEqualTo(EvidenceTypes.DOCX);
		assertThat(typeOf(zip("[Content_Types].xml", "xl/workbook.xml"), "a.docx")).isEqualTo(EvidenceTypes.XLSX);
		assertThat(typeOf(zip("[Content_Types].xml", "ppt/presentation.xml"), "a.pptx")).isEqualTo(EvidenceTypes.PPTX);
	}

	@Test
	void refusesAZipThatIsNotOfficeAndAMacroEnabledDocument() {
		assertThat(typeOf(zip("payload.exe", "readme.txt"), "report.docx")).isNull();
		assertThat(typeOf(zip("word/document.xml"), "report.docx")).isNull();
		assertThat(typeOf(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"), "report.docx"))
			.isNull();
	}

	@Test
	void recognisesLegacyOfficeByTheStreamItHolds() {
		assertThat(typeOf(ole2("WordDocument"), "a.xls")).isEqualTo("application/msword");
		assertThat(typeOf(ole2("Workbook"), "a.xls")).isEqualTo("application/vnd.ms-excel");
		assertThat(typeOf(ole2("PowerPoint Document"), "a.ppt")).isEqualTo("application/vnd.ms-powerpoint");
		assertThat(typeOf(ole2("SummaryInformation"), "setup.doc")).isNull();
	}

	@Test
	void acceptsUtf8TextAndCsvButNotBinaryOrOtherEncodings() {
		assertThat(typeOf("Panel dates agreed – see notes\n".getBytes(StandardCharsets.UTF_8), "notes.txt"))
			.isEqualTo("text/plain");
		assertThat(typeOf("month,vacancies\n2026-03,12\n".getBytes(StandardCharsets.UTF_8), "data.CSV"))
			.isEqualTo("text/csv");
		assertThat(typeOf("a\0b".getBytes(StandardCharsets.UTF_8), "notes.txt")).isNull();
		assertThat(typeOf(new byte[] { 'c', 'a', 'f', (byte) 0xE9 }, "latin1.txt")).isNull();
		assertThat(typeOf(new byte[0], "empty.txt")).isNull();
	}

	@Test
	void keepsOnlyASafeDisplayNameOfTheOriginal() {
		assertThat(EvidenceInput.displayName("C:\\Users\\me\\Report \"final\".pdf")).isEqualTo("Report final.pdf");
		assertThat(EvidenceInput.displayName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(EvidenceInput.displayName("..")).isEqualTo("evidence");
		assertThat(EvidenceInput.displayName("a\u0000b\nc.txt")).isEqualTo("abc.txt");
		assertThat(EvidenceInput.displayName("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
	}

}
