package org.entente.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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

	private BulkUpload() {
	}

	/** Starts sending the bulk with a Content-Length header and reading its answer. */
	static BulkUpload start(int port, String token, String key, BulkLines bulk) throws IOException {
		Map<String, String> headers = Map.of("Authorization", "Bearer " + token, "Content-Type",
				"application/x-ndjson", "Idempotency-Key", key);
		RawHttp http = RawHttp.request(port, "POST", "/api/v1/reports/bulk", headers, bulk.contentLength());
		BulkUpload upload = new BulkUpload();
		daemon("bulk-writer", () -> upload.write(http, bulk));
		daemon("bulk-reader", () -> upload.read(http));
		return upload;
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

	private void write(RawHttp http, BulkLines bulk) {
		try {
			for (int number = 1; number <= bulk.count(); number++) {
				http.write(bulk.line(number));
			}
			http.endBody();
		}
		catch (IOException connectionGone) {
			// The centre died or refused the rest; what it answered is what counts.
		}
		finally {
			this.ended.countDown();
		}
	}

	private void read(RawHttp http) {
		try (http) {
			RawHttp.Answer answer = http.answer();
			this.status = answer.status();
			BufferedReader lines = answer.lines();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				item(line);
			}
		}
		catch (IOException | RuntimeException exception) {
			this.readFailure = exception;
		}
		finally {
			this.ended.countDown();
		}
	}

	private void item(String line) {
		if (line.startsWith("],")) {
			this.summary = line;
			return;
		}
		if (!line.startsWith("{\"line\"")) {
			return;
		}
		JsonNode result = JSON.readTree(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
		int number = result.path("line").asInt();
		if (result.has("id")) {
			this.answeredIds.put(number, result.path("id").asString());
		}
		else {
			this.answeredProblems.put(number, result.path("problem").path("status").asInt());
		}
		this.answered.incrementAndGet();
	}

}
