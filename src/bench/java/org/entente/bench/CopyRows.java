package org.entente.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Rows of one table in COPY's text format (tab between columns, {@code \N} for null, backslash escapes),
 * gathered in memory for one COPY of a batch.
 */
final class CopyRows {

	private final StringBuilder text = new StringBuilder(1 << 20);

	private boolean rowStarted;

	CopyRows value(Object value) {
		if (this.rowStarted) {
			this.text.append('\t');
		}
		this.rowStarted = true;
		if (value == null) {
			this.text.append("\\N");
		}
		else if (value instanceof String string) {
			escape(string);
		}
		else {
			// Numbers, UUIDs and instants (ISO 8601 with Z, which timestamptz reads) need no escaping.
			this.text.append(value);
		}
		return this;
	}

	CopyRows value(Instant instant) {
		return value((Object) instant);
	}

	void endRow() {
		this.text.append('\n');
		this.rowStarted = false;
	}

	byte[] bytes() {
		return this.text.toString().getBytes(StandardCharsets.UTF_8);
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

	private void escape(String string) {
		for (int i = 0; i < string.length(); i++) {
			char character = string.charAt(i);
			switch (character) {
				case '\\' -> this.text.append("\\\\");
				case '\t' -> this.text.append("\\t");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				default -> this.text.append(character);
			}
		}
	}

}
