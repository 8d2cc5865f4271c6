package org.entente.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.entente.platform.PayloadTooLargeException;

/**
 * Reads newline-delimited JSON one line at a time as bytes, so memory depends on the longest line, never on
 * the body; each line is decoded (strictly, as UTF-8) by its consumer.
 */
final class NdjsonLines {

	private final InputStream input;

	private final int maximumLineBytes;

	private final byte[] buffer = new byte[64 * 1024];

	private int position;

	private int limit;

	private int number;

	NdjsonLines(InputStream input, int maximumLineBytes) {
		this.input = input;
		this.maximumLineBytes = maximumLineBytes;
	}

	/** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
	byte[] next() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			if (this.position == this.limit && !fill()) {
				if (line.size() == 0) {
					return null;
				}
				this.number++;
				return trimmed(line.toByteArray());
			}
			int start = this.position;
			while (this.position < this.limit && this.buffer[this.position] != '\n') {
				this.position++;
			}
			line.write(this.buffer, start, this.position - start);
			if (line.size() > this.maximumLineBytes) {
				throw new PayloadTooLargeException(this.maximumLineBytes);
			}
			if (this.position < this.limit) {
				this.position++;
				this.number++;
				return trimmed(line.toByteArray());
			}
		}
	}

	/** The number of the line last returned, counting from 1. */
	int number() {
		return this.number;
	}

	private boolean fill() throws IOException {
		int read = this.input.read(this.buffer);
		if (read <= 0) {
			return false;
		}
		this.position = 0;
		this.limit = read;
		return true;
	}

	private static byte[] trimmed(byte[] line) {
		if (line.length > 0 && line[line.length - 1] == '\r') {
			return java.util.Arrays.copyOf(line, line.length - 1);
		}
		return line;
	}

}
