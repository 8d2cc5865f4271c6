package org.entente.faults;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what no well-behaved client does: stopping in the middle of a body, or
 * resetting the connection, while the answer is read at the same time as the body is written (a streamed bulk
 * answers while it is still being uploaded, and a client that reads only after writing would deadlock).
 */
final class RawHttp implements AutoCloseable {

	private final Socket socket;

	private final OutputStream output;

	private final boolean chunked;

	private RawHttp(Socket socket, boolean chunked) throws IOException {
		this.socket = socket;
		this.output = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
		this.chunked = chunked;
	}

	/**
	 * Sends the request line and headers. With a content length below zero the body is sent chunked; otherwise
	 * the header announces that length, whether or not the body then comes whole.
	 */
	static RawHttp request(int port, String method, String path, Map<String, String> headers, long contentLength)
			throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
		RawHttp http = new RawHttp(socket, contentLength < 0);
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		head.append(http.chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + contentLength + "\r\n");
		head.append("\r\n");
		http.output.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		http.output.flush();
		return http;
	}

	/** Writes part of the body (as one chunk when chunked). */
	void write(byte[] bytes) throws IOException {
		if (this.chunked) {
			this.output.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			this.output.write(bytes);
			this.output.write('\r');
			this.output.write('\n');
		}
		else {
			this.output.write(bytes);
		}
	}

	/** Ends the body properly: the last chunk when chunked; nothing else to send otherwise. */
	void endBody() throws IOException {
		if (this.chunked) {
			this.output.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		}
		this.output.flush();
	}

	void flush() throws IOException {
		this.output.flush();
	}

	/**
	 * Vanishes as a crashed client does, after what was written so far went out: the connection is reset (RST),
	 * not closed in order.
	 */
	void abort() throws IOException {
		if (this.socket.isClosed()) {
			return;
		}
		this.output.flush();
		this.socket.setSoLinger(true, 0);
		this.socket.close();
	}

	/** Reads the status line and headers; the body then comes from {@link Answer#body()}, decoded. */
	Answer answer() throws IOException {
		InputStream input = new BufferedInputStream(this.socket.getInputStream());
		String status = line(input);
		if (status == null || !status.startsWith("HTTP/1.1 ")) {
			throw new EOFException("no HTTP answer, only: " + status);
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (String header = line(input); header != null && !header.isEmpty(); header = line(input)) {
			int colon = header.indexOf(':');
			headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
		}
		InputStream body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? new Dechunked(input) : input;
		return new Answer(Integer.parseInt(status.substring(9, 12)), headers, body);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	private static String line(InputStream input) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = input.read()) >= 0 && b != '\n') {
			if (b != '\r') {
				line.write(b);
			}
		}
		return (b < 0 && line.size() == 0) ? null : line.toString(StandardCharsets.ISO_8859_1);
	}

	/** An answer whose body is read as it arrives. */
	record Answer(int status, Map<String, String> headers, InputStream body) {
	}

	/** RFC 9112 §7.1 chunked transfer coding, read as a plain stream; extensions and trailers are skipped. */
	private static final class Dechunked extends InputStream {

		private final InputStream input;

		private long remaining;

		private boolean ended;

		Dechunked(InputStream input) {
			this.input = input;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.ended || (this.remaining == 0 && !nextChunk())) {
				return -1;
			}
			int read = this.input.read(buffer, offset, (int) Math.min(length, this.remaining));
			if (read < 0) {
				throw new EOFException("the connection ended inside a chunk");
			}
			this.remaining -= read;
			if (this.remaining == 0) {
				line(this.input);
			}
			return read;
		}

		private boolean nextChunk() throws IOException {
			String size = line(this.input);
			if (size == null) {
				throw new EOFException("the connection ended before the last chunk");
			}
			int extension = size.indexOf(';');
			this.remaining = Long.parseLong((extension >= 0) ? size.substring(0, extension) : size.trim(), 16);
			if (this.remaining == 0) {
				for (String trailer = line(this.input); trailer != null && !trailer.isEmpty(); trailer = line(this.input)) {
					// RFC 9112 §7.1.2: trailer fields carry nothing this client needs.
				}
				this.ended = true;
				return false;
			}
			return true;
		}

	}

}
