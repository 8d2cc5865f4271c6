package org.entente.bench;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.bench.DataSet.StoredReport;
import tools.jackson.databind.node.ObjectNode;

/**
 * Submit to SSE receipt (issue 4's goal: p99 under 50 ms with 1,000 subscribers). {@code subscribers} streams
 * stay open, spread over the four members other than the submitter; one report released to ALL is submitted
 * at a time, at a steady pace, and each receipt is timed from just before its POST to the arrival of its
 * {@code delivery} event on that stream. The floor is the bare INSERT + NOTIFY + COMMIT received by LISTEN,
 * one at a time, on the same database. With 100 subscribers or more it also reads the application's live heap
 * before the streams open and once they are all open, for the heap one subscriber costs.
 */
final class StreamLatency implements Scenario {

	private static final String SUBMITTER = "ALPHA";

	private static final List<String> RECIPIENTS = List.of("BRAVO", "CHARLIE", "DELTA", "ECHO");

	private static final int WARM_UP = 20;

	private static final int SUBMISSIONS = 200;

	/** Ten submissions a second: each is measured alone, not queued behind the one before it. */
	private static final Duration PACE = Duration.ofMillis(100);

	private static final Duration RECEIPT_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

	/** A closed stream's thread on the server ends at its next write, the heartbeat at the latest (15 s). */
	private static final Duration STREAMS_END = Duration.ofSeconds(40);

	private final int subscribers;

	StreamLatency(int subscribers) {
		this.subscribers = subscribers;
	}

	@Override
	public String name() {
		return String.format("SSE receipt, %,d subscriber%s", this.subscribers, (this.subscribers == 1) ? "" : "s");
	}

	@Override
	public ScenarioResult run(Stage stage) throws Exception {
		List<String> reports = reportsReleasedToAll(stage, WARM_UP + SUBMISSIONS);
		boolean measuresMemory = this.subscribers >= 100;
		long pid = stage.app().pid();
		AppMemory.Reading before = measuresMemory ? AppMemory.read(pid) : null;
		Map<String, Object> measurements = new LinkedHashMap<>();
		Figure application;
		List<StreamReader> readers = new ArrayList<>();
		try {
			long connecting = System.nanoTime();
			connect(stage, readers);
			measurements.put("connectSeconds", (System.nanoTime() - connecting) / 1e9);
			if (measuresMemory) {
				measurements.putAll(perSubscriber(before, AppMemory.read(pid)));
			}
			submit(stage, reports.subList(0, WARM_UP), readers, name() + " (warm-up)");
			application = submit(stage, reports.subList(WARM_UP, reports.size()), readers, name());
		}
		finally {
			close(readers);
		}
		measurements.put("streamThreadsEndedSeconds", awaitStreamsEnded(pid));
		Figure floor = floor(stage, reports);
		stage.progress().say(name() + ": " + measurements);
		return ScenarioResult.of(name(), stage.nominalSize(), application, "INSERT + NOTIFY + COMMIT, received by LISTEN",
				floor, Comparison.P99).with(measurements);
	}

	/** Synthetic reports of the submitter, each released to ALL so that every subscriber receives it. */
	private static List<String> reportsReleasedToAll(Stage stage, int count) {
		long first = stage.dataSet().takeNumbers(count);
		List<String> reports = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ObjectNode wire = (ObjectNode) stage.json().readTree(stage.reports().report(first + i, SUBMITTER).json());
			wire.putArray("releasableTo").add("ALL");
			reports.add(stage.json().writeValueAsString(wire));
		}
		return reports;
	}

	/** Opens the streams one after the other, then waits for each one's first comment. */
	private void connect(Stage stage, List<StreamReader> readers) throws Exception {
		stage.progress().start(name() + " (connecting)", this.subscribers);
		for (int i = 0; i < this.subscribers; i++) {
			String token = stage.partners().byCode(RECIPIENTS.get(i % RECIPIENTS.size())).token();
			readers.add(StreamReader.open(stage.app().port(), token, i));
			stage.progress().advance(1);
		}
		for (StreamReader reader : readers) {
			if (!reader.awaitConnected(CONNECT_TIMEOUT)) {
				throw new IllegalStateException("a stream sent no first comment within " + CONNECT_TIMEOUT);
			}
		}
		stage.progress().finish();
	}

	/** Submits the reports at the pace, and times each one's receipt on every stream. */
	private static Figure submit(Stage stage, List<String> reports, List<StreamReader> readers, String label)
			throws InterruptedException {
		Latencies latencies = new Latencies();
		String token = stage.partners().byCode(SUBMITTER).token();
		stage.progress().start(label, reports.size());
		long start = System.nanoTime();
		for (int i = 0; i < reports.size(); i++) {
			sleepUntil(start + i * PACE.toNanos());
			long posted = System.nanoTime();
			Api.Response response = stage.api().postJson("/api/v1/reports", token, reports.get(i)).expect(201);
			String id = stage.json().readTree(response.body()).path("id").asString();
			stage.dataSet().add(new StoredReport(UUID.fromString(id), SUBMITTER, RECIPIENTS.get(0)));
			awaitReceipts(id, posted, readers, latencies);
			stage.progress().advance(1);
		}
		Figure figure = latencies.figure(System.nanoTime() - start);
		stage.progress().finish();
		return figure;
	}

	private static void awaitReceipts(String report, long posted, List<StreamReader> readers, Latencies latencies)
			throws InterruptedException {
		long deadline = posted + RECEIPT_TIMEOUT.toNanos();
		for (StreamReader reader : readers) {
			Long arrived = reader.deliveredAt(report);
			while (arrived == null && System.nanoTime() < deadline) {
				Thread.sleep(1);
				arrived = reader.deliveredAt(report);
			}
			if (arrived == null) {
				latencies.error();
			}
			else {
				latencies.record(arrived - posted);
			}
		}
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
		}
	}

	private Map<String, Object> perSubscriber(AppMemory.Reading before, AppMemory.Reading after) {
		Map<String, Object> measurements = new LinkedHashMap<>();
		measurements.put("heapBeforeKiB", before.heapKibibytes());
		measurements.put("heapConnectedKiB", after.heapKibibytes());
		measurements.put("heapPerSubscriberKiB", (after.heapKibibytes() - before.heapKibibytes()) / (double) this.subscribers);
		measurements.put("residentPerSubscriberKiB",
				(after.residentKibibytes() - before.residentKibibytes()) / (double) this.subscribers);
		measurements.put("threadsBefore", before.threads());
		measurements.put("threadsConnected", after.threads());
		return measurements;
	}

	private static void close(List<StreamReader> readers) {
		for (StreamReader reader : readers) {
			try {
				reader.close();
			}
			catch (Exception ignored) {
				// Closing is best effort: the application notices at its next write either way.
			}
		}
	}

	/**
	 * Waits until the application's stream threads have ended, so that the next scenario (and its heap reading)
	 * does not carry this one's subscribers; answers how long that took, or -1 if they outlived the wait.
	 */
	private static double awaitStreamsEnded(long pid) throws Exception {
		long start = System.nanoTime();
		long deadline = start + STREAMS_END.toNanos();
		while (System.nanoTime() < deadline) {
			if (AppMemory.streamThreads(pid) == 0) {
				return (System.nanoTime() - start) / 1e9;
			}
			Thread.sleep(500);
		}
		return -1;
	}

	/** The bare round trip, one at a time on one connection, as many times as the application was measured. */
	private static Figure floor(Stage stage, List<String> reportsJson) throws Exception {
		long first = stage.dataSet().takeNumbers(reportsJson.size());
		List<SyntheticReport> reports = new ArrayList<>();
		for (int i = 0; i < reportsJson.size(); i++) {
			reports.add(stage.reports().report(first + i, SUBMITTER));
		}
		AtomicInteger taken = new AtomicInteger();
		try (NotificationListener listener = new NotificationListener(stage.database())) {
			return LoadRunner.run("SSE floor: INSERT + NOTIFY + COMMIT → LISTEN", 1, WARM_UP, SUBMISSIONS,
					stage.progress(), () -> roundTrip(stage.database().connect(), listener, reports, taken));
		}
	}

	private static LoadRunner.Worker roundTrip(Connection connection, NotificationListener listener,
			List<SyntheticReport> reports, AtomicInteger taken) throws Exception {
		return new SingleSubmissions.RoundTrip(connection, listener, reports, taken);
	}

}
