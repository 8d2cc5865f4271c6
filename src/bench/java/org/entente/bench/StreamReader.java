package org.entente.bench;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One member's machine on {@code GET /api/v1/stream}, read on its own thread: it notes when the first comment
 * ({@code : connected}) came, and when the delivery of each report arrived, by {@link System#nanoTime()} in
 * the harness's JVM, the clock the submitter reads too.
 */
final class StreamReader implements AutoCloseable {

	/** Small stacks: the harness runs a thousand of these, and a reader needs little more than readLine. */
	private static final long STACK_BYTES = 256 * 1024;

	private static final String REPORT_FIELD = "\"report\":\"";

	private final Socket socket;

	private final InputStream body;

	private final CountDownLatch connected = new CountDownLatch(1);

	private final Map<String, Long> deliveries = new ConcurrentHashMap<>();

	private final Thread thread;

	private StreamReader(Socket socket, InputStream body, int number) {
		this.socket = socket;
		this.body = body;
		this.thread = new Thread(null, this::read, "sse-reader-" + number, STACK_BYTES);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Opens a stream over a socket of its own, read by a blocking thread of its own, as each member's machine
	 * would: not through one shared HttpClient, whose single selector thread would serialise all the receipts
	 * in the harness and add its own queueing to the figure. The response's headers come with the first
	 * comment.
	 */
	static StreamReader open(int port, String token, int number) throws IOException {
		Socket socket = new Socket("127.0.0.1", port);
		socket.setTcpNoDelay(true);
		OutputStream out = socket.getOutputStream();
		out.write(("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + token
				+ "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
		InputStream in = new BufferedInputStream(socket.getInputStream(), 2048);
		String status = headerLine(in);
		if (!status.startsWith("HTTP/1.1 200")) {
			socket.close();
			throw new IllegalStateException("stream answered " + status);
		}
		boolean chunked = false;
		for (String header = headerLine(in); !header.isEmpty(); header = headerLine(in)) {
			chunked |= header.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:") && header.contains("chunked");
		}
		return new StreamReader(socket, chunked ? new ChunkedBody(in) : in, number);
	}

	private static String headerLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int next;
		while ((next = in.read()) != '\n') {
			if (next < 0) {
				throw new EOFException("the stream closed in its headers");
			}
			if (next != '\r') {
				line.append((char) next);
			}
		}
		return line.toString();
	}

	boolean awaitConnected(Duration timeout) throws InterruptedException {
		return this.connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** When the delivery of this report arrived, or null if it has not (yet). */
	Long deliveredAt(String report) {
		return this.deliveries.get(report);
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(this.body, StandardCharsets.UTF_8), 2048)) {
			String event = null;
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith(":")) {
					this.connected.countDown();
				}
				else if (line.startsWith("event:")) {
					event = line.substring(6).trim();
				}
				else if (line.startsWith("data:") && "delivery".equals(event)) {
					// Timed at the data line, before any parsing: the receipt, not the client's JSON work.
					long now = System.nanoTime();
					String report = report(line);
					if (report != null) {
						this.deliveries.put(report, now);
					}
				}
				else if (line.isEmpty()) {
					event = null;
				}
			}
		}
		catch (IOException closed) {
			// The scenario closed the stream, or the application went away; missing receipts show as errors.
		}
	}

	private static String report(String data) {
		int start = data.indexOf(REPORT_FIELD);
		if (start < 0) {
			return null;
		}
		int from = start + REPORT_FIELD.length();
		int end = data.indexOf('"', from);
		return (end < 0) ? null : data.substring(from, end);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
