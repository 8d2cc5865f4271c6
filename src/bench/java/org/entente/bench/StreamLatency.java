package org.entente.bench;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code delivery} event on that stream ({@link StreamClients}: one selector thread reads every stream, so the
 * clients do not compete with the application for the cores). The floor is the bare INSERT + NOTIFY + COMMIT
 * received by LISTEN, one at a time, on the same database. With 100 subscribers or more it also reads the
 * application's live heap before the streams open and once they are all open, for the heap one subscriber
 * costs; and beside every figure, who used the CPU while it was measured ({@link CpuUse}).
 */
final class StreamLatency implements Scenario {

	private static final String SUBMITTER = "ALPHA";

	private static final List<String> RECIPIENTS = List.of("BRAVO", "CHARLIE", "DELTA", "ECHO");

	/**
	 * The application's threads that read the ledger and write the streams (the listener, the writers; before
	 * the writers, one "stream-" thread per client), whose CPU time per submission is the fan-out's cost.
	 */
	private static final List<String> DISPATCH_THREADS = List.of("ledger-listener", "stream-");

	private static final int WARM_UP = 20;

	private static final int SUBMISSIONS = 200;

	/** Ten submissions a second: each is measured alone, not queued behind the one before it. */
	private static final Duration PACE = Duration.ofMillis(100);

	private static final Duration RECEIPT_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

	/** The application forgets a stream whose client went away at its second write after, 30 s at the latest. */
	private static final Duration STREAMS_END = Duration.ofSeconds(45);

	/** The application's class of one connected stream client (before and after the writers alike). */
	private static final String SUBSCRIBER_CLASS = "org.entente.dissemination.internal.Subscriber";

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
		if (measuresMemory) {
			keepHistogram(stage, "before");
		}
		Map<String, Object> measurements = new LinkedHashMap<>();
		Figure application;
		try (StreamClients clients = new StreamClients(this.subscribers);
				NotificationListener commits = new NotificationListener(stage.database(), NotificationListener.LEDGER_CHANNEL)) {
			long connecting = System.nanoTime();
			connect(stage, clients);
			measurements.put("connectSeconds", (System.nanoTime() - connecting) / 1e9);
			if (measuresMemory) {
				measurements.putAll(perSubscriber(before, AppMemory.read(pid)));
				keepHistogram(stage, "connected");
			}
			submit(stage, reports.subList(0, WARM_UP), clients, name() + " (warm-up)", new Breakdown(commits));
			double dispatchCpu = AppMemory.threadCpuMillis(pid, DISPATCH_THREADS);
			CpuUse cpu = CpuUse.since(pid);
			long clientsCpu = clients.cpuNanos();
			Breakdown breakdown = new Breakdown(commits);
			application = submit(stage, reports.subList(WARM_UP, reports.size()), clients, name(), breakdown);
			measurements.putAll(cpu.until(clients.cpuNanos() - clientsCpu));
			measurements.put("dispatchCpuMsPerSubmission",
					(AppMemory.threadCpuMillis(pid, DISPATCH_THREADS) - dispatchCpu) / SUBMISSIONS);
			measurements.putAll(breakdown.measurements());
			measurements.put("outOfOrder", clients.outOfOrder());
			measurements.put("closedByServer", clients.closedByServer());
		}
		measurements.put("streamsEndedSeconds", awaitStreamsEnded(pid));
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
	private void connect(Stage stage, StreamClients clients) throws Exception {
		stage.progress().start(name() + " (connecting)", this.subscribers);
		for (int i = 0; i < this.subscribers; i++) {
			String token = stage.partners().byCode(RECIPIENTS.get(i % RECIPIENTS.size())).token();
			clients.connect(stage.app().port(), token);
			stage.progress().advance(1);
		}
		if (!clients.awaitConnected(CONNECT_TIMEOUT)) {
			throw new IllegalStateException("a stream sent no first comment within " + CONNECT_TIMEOUT);
		}
		stage.progress().finish();
	}

	/** Submits the reports at the pace, and times each one's receipt on every stream. */
	private static Figure submit(Stage stage, List<String> reports, StreamClients clients, String label,
			Breakdown breakdown) throws InterruptedException {
		Latencies latencies = new Latencies();
		String token = stage.partners().byCode(SUBMITTER).token();
		stage.progress().start(label, reports.size());
		long start = System.nanoTime();
		for (int i = 0; i < reports.size(); i++) {
			sleepUntil(start + i * PACE.toNanos());
			long posted = System.nanoTime();
			Api.Response response = stage.api().postJson("/api/v1/reports", token, reports.get(i)).expect(201);
			breakdown.answered.record(System.nanoTime() - posted);
			String id = stage.json().readTree(response.body()).path("id").asString();
			stage.dataSet().add(new StoredReport(UUID.fromString(id), SUBMITTER, RECIPIENTS.get(0)));
			StreamClients.Receipts receipts = clients.awaitDeliveries(id, posted + RECEIPT_TIMEOUT.toNanos());
			record(receipts.arrivals(), posted, latencies);
			breakdown.record(receipts, posted);
			stage.progress().advance(1);
		}
		Figure figure = latencies.figure(System.nanoTime() - start);
		stage.progress().finish();
		return figure;
	}

	private static void record(long[] arrivals, long posted, Latencies latencies) {
		for (long arrived : arrivals) {
			if (arrived == 0) {
				latencies.error();
			}
			else {
				latencies.record(arrived - posted);
			}
		}
	}

	/**
	 * Where a receipt's time goes, per submission. The clock starts just before the POST; then
	 * <ul>
	 * <li>{@code recorded}: the ledger recorded the entry (its time, the application's clock written into the
	 * event; one machine, one clock), which it does last in the submission's transaction;</li>
	 * <li>{@code committed}: a bare LISTEN connection of the harness received the ledger's NOTIFY, which
	 * PostgreSQL sends at commit, so from then any node can read the entry;</li>
	 * <li>{@code answered}: the POST's answer arrived (the submission as its client sees it);</li>
	 * <li>{@code firstReceipt}: the first stream received the event; {@code committedToFirstReceipt} is the node's
	 * own part (its LISTEN wake-up, ledger read, need-to-know query and first writes);</li>
	 * <li>{@code fanOut}: from the first stream's receipt to the last one's.</li>
	 * </ul>
	 */
	private static final class Breakdown {

		private final NotificationListener commits;

		private final Latencies recorded = new Latencies();

		private final Latencies committed = new Latencies();

		private final Latencies answered = new Latencies();

		private final Latencies firstReceipt = new Latencies();

		private final Latencies committedToFirstReceipt = new Latencies();

		private final Latencies fanOut = new Latencies();

		Breakdown(NotificationListener commits) {
			this.commits = commits;
		}

		void record(StreamClients.Receipts receipts, long posted) {
			long first = Long.MAX_VALUE;
			long last = Long.MIN_VALUE;
			for (long arrived : receipts.arrivals()) {
				if (arrived != 0) {
					first = Math.min(first, arrived);
					last = Math.max(last, arrived);
				}
			}
			if (first == Long.MAX_VALUE) {
				return;
			}
			this.firstReceipt.record(first - posted);
			this.fanOut.record(last - first);
			if (receipts.recorded() != 0) {
				this.recorded.record(receipts.recorded() - posted);
			}
			Long notified = this.commits.arrivedAt(Long.toString(receipts.seq()));
			if (notified != null) {
				this.committed.record(notified - posted);
				this.committedToFirstReceipt.record(first - notified);
			}
		}

		Map<String, Object> measurements() {
			Map<String, Object> measurements = new LinkedHashMap<>();
			put(measurements, "recorded", this.recorded);
			put(measurements, "committed", this.committed);
			put(measurements, "answered", this.answered);
			put(measurements, "firstReceipt", this.firstReceipt);
			put(measurements, "committedToFirstReceipt", this.committedToFirstReceipt);
			put(measurements, "fanOut", this.fanOut);
			return measurements;
		}

		private static void put(Map<String, Object> measurements, String name, Latencies latencies) {
			Figure figure = latencies.figure(1);
			measurements.put(name + "P50Ms", figure.p50());
			measurements.put(name + "P99Ms", figure.p99());
		}

	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
		}
	}

	/** The application's heap by class, in the run's directory, for what a subscriber's heap is made of. */
	private void keepHistogram(Stage stage, String when) throws Exception {
		Path file = stage.app().gcLog().resolveSibling("heap-" + this.subscribers + "-subscribers-" + when + ".txt");
		Files.writeString(file, AppMemory.histogram(stage.app().pid()));
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

	/**
	 * Waits until the application has forgotten every stream whose client went away (no live instance of its
	 * subscriber class), so that the next scenario (and its heap reading) does not carry this one's; answers
	 * how long that took, or -1 if they outlived the wait. The application notices a client that left at the
	 * second write after (the first still succeeds), so at the second heartbeat at the latest. Counting
	 * half-closed connections is not enough: the first write after the close resets them while the
	 * application still holds the stream.
	 */
	private static double awaitStreamsEnded(long pid) throws Exception {
		long start = System.nanoTime();
		long deadline = start + STREAMS_END.toNanos();
		while (System.nanoTime() < deadline) {
			if (AppMemory.liveInstances(pid, SUBSCRIBER_CLASS) == 0) {
				return (System.nanoTime() - start) / 1e9;
			}
			Thread.sleep(2000);
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
