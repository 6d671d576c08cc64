package org.turnaround.action;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded file is, judged by its content and never by its name or the browser's
 * word: a renamed program is refused however it is called. Apache Tika would recognise
 * far more, but it is a large dependency and this form accepts a handful of types whose
 * signatures are short and well known, so a focused detector is easier to read and to
 * trust.
 */
final class EvidenceTypes {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	private static final byte[] PDF = ascii("%PDF-");

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] GIF87 = ascii("GIF87a");

	private static final byte[] GIF89 = ascii("GIF89a");

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private EvidenceTypes() {
	}

	/**
	 * The type of a file's content, or empty when it is none of the accepted types.
	 * @param content the whole file
	 * @param fileName the name it was uploaded under, used only to tell CSV from other
	 * plain text once the content has shown it is text
	 */
	static Optional<EvidenceType> detect(byte[] content, String fileName) {
		if (content == null || content.length == 0) {
			return Optional.empty();
		}
		if (startsWith(content, PDF)) {
			return type("application/pdf", "PDF");
		}
		if (startsWith(content, PNG)) {
			return type("image/png", "PNG image");
		}
		if (startsWith(content, JPEG)) {
			return type("image/jpeg", "JPEG image");
		}
		if (startsWith(content, GIF87) || startsWith(content, GIF89)) {
			return type("image/gif", "GIF image");
		}
		if (startsWith(content, ZIP)) {
			return officeOpenXml(content);
		}
		if (startsWith(content, OLE2)) {
			return legacyOffice(content);
		}
		if (isText(content)) {
			boolean csv = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
			return csv ? type("text/csv", "CSV") : type("text/plain", "Text");
		}
		return Optional.empty();
	}

	/**
	 * A zip is Word, Excel or PowerPoint only when its central directory names
	 * {@code [Content_Types].xml} and the application's folder; macro-enabled documents
	 * (with a {@code vbaProject.bin}) are refused. Only names are read, nothing is
	 * decompressed, so a zip bomb costs nothing.
	 */
	private static Optional<EvidenceType> officeOpenXml(byte[] content) {
		var names = zipEntryNames(content);
		if (!names.contains("[Content_Types].xml")
				|| names.stream().anyMatch((name) -> name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
			return Optional.empty();
		}
		if (names.stream().anyMatch((name) -> name.startsWith("word/"))) {
			return type(DOCX, "Word document");
		}
		if (names.stream().anyMatch((name) -> name.startsWith("xl/"))) {
			return type(XLSX, "Excel spreadsheet");
		}
		if (names.stream().anyMatch((name) -> name.startsWith("ppt/"))) {
			return type(PPTX, "PowerPoint presentation");
		}
		return Optional.empty();
	}

	/**
	 * The names in a zip's central directory, or none when it has no readable one.
	 */
	static List<String> zipEntryNames(byte[] zip) {
		var names = new ArrayList<String>();
		// The end of central directory record is at least 22 bytes and may be followed
		// by a comment of up to 65,535 bytes.
		int end = -1;
		for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
			if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return names;
		}
		int entries = u16(zip, end + 10);
		long offset = u32(zip, end + 16);
		int at = (int) Math.min(offset, Integer.MAX_VALUE);
		for (int n = 0; n < entries; n++) {
			if (at < 0 || at + 46 > zip.length || zip[at] != 'P' || zip[at + 1] != 'K' || zip[at + 2] != 1
					|| zip[at + 3] != 2) {
				return names;
			}
			int nameLength = u16(zip, at + 28);
			int extraLength = u16(zip, at + 30);
			int commentLength = u16(zip, at + 32);
			if (at + 46 + nameLength > zip.length) {
				return names;
			}
			names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
			at += 46 + nameLength + extraLength + commentLength;
		}
		return names;
	}

	/**
	 * An OLE2 compound file is also the container of installers and mail messages, so it
	 * counts only when it holds the stream of Word, Excel or PowerPoint (stream names are
	 * stored in UTF-16LE in the directory).
	 */
	private static Optional<EvidenceType> legacyOffice(byte[] content) {
		if (contains(content, utf16("WordDocument"))) {
			return type("application/msword", "Word document");
		}
		if (contains(content, utf16("Workbook")) || contains(content, utf16("Book"))) {
			return type("application/vnd.ms-excel", "Excel spreadsheet");
		}
		if (contains(content, utf16("PowerPoint Document"))) {
			return type("application/vnd.ms-powerpoint", "PowerPoint presentation");
		}
		return Optional.empty();
	}

	/** Valid UTF-8 with no NUL byte, which every program and binary format has. */
	static boolean isText(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static Optional<EvidenceType> type(String contentType, String label) {
		return Optional.of(new EvidenceType(contentType, label));
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static boolean contains(byte[] content, byte[] part) {
		outer: for (int i = 0; i + part.length <= content.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (content[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static int u16(byte[] bytes, int at) {
		return (bytes[at] & 0xFF) | ((bytes[at + 1] & 0xFF) << 8);
	}

	private static long u32(byte[] bytes, int at) {
		return u16(bytes, at) | ((long) u16(bytes, at + 2) << 16);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] utf16(String text) {
		return text.getBytes(StandardCharsets.UTF_16LE);
	}

	/**
	 * @param contentType the type the file is served as
	 * @param label what people are told it is
	 */
	record EvidenceType(String contentType, String label) {

	}

}
