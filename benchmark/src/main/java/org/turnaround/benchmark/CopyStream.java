package org.turnaround.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows streamed to one table with PostgreSQL's {@code COPY ... FROM STDIN} in text
 * format, buffered so a million rows cost a few hundred round trips rather than a
 * million.
 */
final class CopyStream implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 20;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

	private boolean rowStarted;

	private long rows;

	private CopyStream(CopyIn copy) {
		this.copy = copy;
	}

	static CopyStream open(CopyManager copies, String table, String columns) throws SQLException {
		return new CopyStream(copies.copyIn("copy " + table + " (" + columns + ") from stdin"));
	}

	CopyStream add(Object value) {
		if (this.rowStarted) {
			this.buffer.append('\t');
		}
		this.rowStarted = true;
		if (value == null) {
			this.buffer.append("\\N");
		}
		else if (value instanceof String text) {
			escape(text);
		}
		else if (value instanceof Instant instant) {
			this.buffer.append(instant.toString());
		}
		else if (value instanceof LocalDate date) {
			this.buffer.append(date.toString());
		}
		else {
			this.buffer.append(value);
		}
		return this;
	}

	void endRow() throws SQLException {
		this.buffer.append('\n');
		this.rowStarted = false;
		this.rows++;
		if (this.buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	long rows() {
		return this.rows;
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.copy.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

	@Override
	public void close() throws SQLException {
		flush();
		this.copy.endCopy();
	}

}
