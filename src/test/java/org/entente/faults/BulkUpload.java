package org.entente.faults;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@code POST /api/v1/reports/bulk}, written on one thread while its streamed answer is read on another, so
 * that a test can see which lines were answered at any moment, and stop the centre or the client in between.
 */
final class BulkUpload {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<Integer, String> answeredIds = new ConcurrentHashMap<>();

	private final Map<Integer, Integer> answeredProblems = new ConcurrentHashMap<>();

	private final AtomicInteger answered = new AtomicInteger();

	private final CountDownLatch ended = new CountDownLatch(2);

	private volatile int status;

	private volatile String summary;

	private volatile Throwable readFailure;

	private final RawHttp http;

	private BulkUpload(RawHttp http) {
		this.http = http;
	}

	/** Starts sending the whole bulk with a Content-Length header and reading its answer. */
	static BulkUpload start(int port, String token, String key, BulkLines bulk) throws IOException {
		RawHttp http = RawHttp.request(port, "POST", "/api/v1/reports/bulk", headers(token, key), bulk.contentLength());
		BulkUpload upload = new BulkUpload(http);
		daemon("bulk-writer", () -> upload.write(bulk, bulk.count(), true));
		daemon("bulk-reader", upload::read);
		return upload;
	}

	/**
	 * Starts sending the bulk chunked, as a streaming client would, but only its first lines and then half of
	 * the next one, and keeps the connection open without ending the body, until {@link #abort()}.
	 */
	static BulkUpload startCutOff(int port, String token, String key, BulkLines bulk, int wholeLines)
			throws IOException {
		RawHttp http = RawHttp.request(port, "POST", "/api/v1/reports/bulk", headers(token, key), -1);
		BulkUpload upload = new BulkUpload(http);
		daemon("bulk-writer", () -> upload.write(bulk, wholeLines, false));
		daemon("bulk-reader", upload::read);
		return upload;
	}

	/** The client vanishes: the connection is reset. */
	void abort() throws IOException {
		this.http.abort();
	}

	private static Map<String, String> headers(String token, String key) {
		return Map.of("Authorization", "Bearer " + token, "Content-Type", "application/x-ndjson", "Idempotency-Key",
				key);
	}

	private static void daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

	/** Waits until at least this many lines were answered, or the answer ended. */
	void awaitAnswered(int lines, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (this.answered.get() < lines && this.ended.getCount() > 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(1);
		}
	}

	/** Waits until both the writing and the reading ended, whether completed or broken off. */
	BulkUpload awaitEnd(Duration timeout) throws InterruptedException {
		if (!this.ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("the bulk upload did not end within " + timeout);
		}
		return this;
	}

	/** Report ids by line number, for every line answered as stored. */
	Map<Integer, String> answeredIds() {
		return Map.copyOf(this.answeredIds);
	}

	/** Problem statuses by line number, for every line answered as refused. */
	Map<Integer, Integer> answeredProblems() {
		return Map.copyOf(this.answeredProblems);
	}

	int status() {
		return this.status;
	}

	/** The closing {@code "accepted":n,"rejected":m} of a complete answer, or null when it was cut off. */
	String summary() {
		return this.summary;
	}

	Throwable readFailure() {
		return this.readFailure;
	}

	private void write(BulkLines bulk, int wholeLines, boolean complete) {
		try {
			for (int number = 1; number <= wholeLines; number++) {
				this.http.write(bulk.line(number));
			}
			if (complete) {
				this.http.endBody();
			}
			else {
				byte[] next = bulk.line(wholeLines + 1);
				this.http.write(Arrays.copyOf(next, next.length / 2));
				this.http.flush();
			}
		}
		catch (IOException connectionGone) {
			// The centre died or refused the rest; what it answered is what counts.
		}
		finally {
			this.ended.countDown();
		}
	}

	/**
	 * Reads the answer as it comes. Items are separated by {@code ",\n"} before the next one, so the last item of
	 * a flushed batch arrives without its line end: an item is taken as soon as it is complete JSON.
	 */
	private void read() {
		try (this.http) {
			RawHttp.Answer answer = this.http.answer();
			this.status = answer.status();
			Reader text = new InputStreamReader(answer.body(), StandardCharsets.UTF_8);
			StringBuilder pending = new StringBuilder();
			char[] buffer = new char[8192];
			for (int read = text.read(buffer); read >= 0; read = text.read(buffer)) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						line(pending);
					}
					else {
						pending.append(buffer[i]);
					}
				}
				if (pending.length() > 0 && pending.charAt(pending.length() - 1) == '}' && item(pending.toString())) {
					pending.setLength(0);
				}
			}
			line(pending);
		}
		catch (IOException | RuntimeException exception) {
			this.readFailure = exception;
		}
		finally {
			this.ended.countDown();
		}
	}

	private void line(StringBuilder pending) {
		String line = pending.toString();
		pending.setLength(0);
		if (line.startsWith("],")) {
			this.summary = line;
		}
		else {
			item(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
		}
	}

	/** Takes one item of the answer; false when the text is not (yet) a whole item. */
	private boolean item(String text) {
		if (!text.startsWith("{\"line\"")) {
			return false;
		}
		JsonNode result;
		try {
			result = JSON.readTree(text);
		}
		catch (JacksonException incomplete) {
			return false;
		}
		int number = result.path("line").asInt();
		if (result.has("id")) {
			this.answeredIds.put(number, result.path("id").asString());
		}
		else {
			this.answeredProblems.put(number, result.path("problem").path("status").asInt());
		}
		this.answered.incrementAndGet();
		return true;
	}

}
