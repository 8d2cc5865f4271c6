package org.entente.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * An HTTP/1.1 body in chunked transfer coding, as Tomcat sends a stream whose length is not known, decoded to
 * its bytes: so that a chunk boundary falling inside an event never looks like the blank line that ends one.
 */
final class ChunkedBody extends InputStream {

	private final InputStream in;

	/** Bytes left in the current chunk; -1 once the last (empty) chunk was read. */
	private long remaining;

	ChunkedBody(InputStream in) {
		this.in = in;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (this.remaining == 0) {
			this.remaining = nextChunkSize();
		}
		if (this.remaining < 0) {
			return -1;
		}
		int read = this.in.read(buffer, offset, (int) Math.min(length, this.remaining));
		if (read < 0) {
			throw new EOFException("the body ended inside a chunk");
		}
		this.remaining -= read;
		if (this.remaining == 0) {
			line();
		}
		return read;
	}

	private long nextChunkSize() throws IOException {
		String line = line();
		int extension = line.indexOf(';');
		long size = Long.parseLong((extension < 0) ? line.strip() : line.substring(0, extension).strip(), 16);
		return (size == 0) ? -1 : size;
	}

	/** One CRLF-ended line of the framing, ASCII. */
	private String line() throws IOException {
		StringBuilder line = new StringBuilder();
		int next;
		while ((next = this.in.read()) != '\n') {
			if (next < 0) {
				throw new EOFException("the body ended inside the chunk framing");
			}
			if (next != '\r') {
				line.append((char) next);
			}
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
