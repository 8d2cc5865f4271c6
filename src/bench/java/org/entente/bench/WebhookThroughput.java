package org.entente.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.entente.bench.DataSet.StoredReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Webhook throughput to a local receiver (a JDK HttpServer answering 200): events delivered per second with
 * {@code events} of them queued for one endpoint. The receiver holds its first request until the application
 * has queued every event (its outbox rows counted in the database), because the centre sends one attempt per
 * endpoint at a time: so the clock starts with the whole queue waiting, and measures the drain, not the ingest.
 * The baseline is the same number of POSTs of the same size, one at a time, from a bare HttpClient to the same
 * receiver: what one-at-a-time delivery to this receiver could reach at best.
 */
final class WebhookThroughput implements Scenario {

	static final int EVENTS = 1000;

	private static final String SUBMITTER = "ALPHA";

	private static final String RECIPIENT = "ECHO";

	/** Below the application's 10 s timeout of one attempt, so the held request is answered, not abandoned. */
	private static final Duration HOLD = Duration.ofSeconds(8);

	/** How long the harness lets the held request wait for the queue to fill before it gives up waiting. */
	private static final Duration HOLD_AT_MOST = Duration.ofSeconds(6);

	private static final Duration DRAIN = Duration.ofMinutes(3);

	private final int events;

	WebhookThroughput(int events) {
		this.events = events;
	}

	@Override
	public String name() {
		return String.format("webhook throughput, %,d events queued", this.events);
	}

	@Override
	public ScenarioResult run(Stage stage) throws Exception {
		Map<String, Object> measurements = new LinkedHashMap<>();
		Figure application;
		int payloadBytes;
		try (Receiver receiver = new Receiver()) {
			String webhook = register(stage, receiver.url());
			try {
				submit(stage);
				measurements.put("queuedBeforeRelease", awaitQueued(stage, UUID.fromString(webhook), receiver));
				CpuUse cpu = CpuUse.since(stage.app().pid());
				long released = receiver.release();
				receiver.awaitCount(this.events, DRAIN);
				application = receiver.figure(this.events, released);
				measurements.putAll(cpu.until(0));
				measurements.remove("streamClientsCpuPercent");
				measurements.put("duplicates", receiver.duplicates());
				payloadBytes = receiver.largestBody();
			}
			finally {
				stage.api().delete("/api/v1/webhooks/" + webhook, stage.partners().byCode(RECIPIENT).adminToken());
			}
			stage.progress().say(name() + ": " + measurements);
			Figure baseline = baseline(payloadBytes);
			return ScenarioResult.of(name(), stage.nominalSize(), application,
					"the same number of POSTs, one at a time, from a bare HttpClient", baseline, Comparison.RATE)
				.with(measurements);
		}
	}

	private static String register(Stage stage, String url) {
		String token = stage.partners().byCode(RECIPIENT).adminToken();
		String body = stage.json().writeValueAsString(Map.of("url", url));
		return stage.json().readTree(stage.api().postJson("/api/v1/webhooks", token, body).expect(201).body())
			.path("id").asString();
	}

	/** The events: one bulk of reports released to ALL, so each is a delivery to the recipient. */
	private void submit(Stage stage) {
		long first = stage.dataSet().takeNumbers(this.events);
		ByteArrayOutputStream lines = new ByteArrayOutputStream();
		for (int i = 0; i < this.events; i++) {
			ObjectNode wire = (ObjectNode) stage.json().readTree(stage.reports().report(first + i, SUBMITTER).json());
			wire.putArray("releasableTo").add("ALL");
			lines.writeBytes(stage.json().writeValueAsString(wire).getBytes(StandardCharsets.UTF_8));
			lines.write('\n');
		}
		stage.progress().say(name() + ": submitting " + this.events + " reports in one bulk…");
		Api.Response response = stage.api()
			.postNdjson("/api/v1/reports/bulk", stage.partners().byCode(SUBMITTER).token(), UUID.randomUUID().toString(),
					lines.toByteArray())
			.expect(200);
		for (JsonNode item : stage.json().readTree(response.body()).path("items")) {
			if (item.has("id")) {
				stage.dataSet().add(new StoredReport(UUID.fromString(item.path("id").asString()), SUBMITTER, RECIPIENT));
			}
		}
	}

	/**
	 * Waits until the application's outbox holds every event for the endpoint, but not so long that the held
	 * request would time out; answers how many it held.
	 */
	private int awaitQueued(Stage stage, UUID webhook, Receiver receiver) throws Exception {
		long deadline = System.nanoTime() + HOLD.toNanos() * 2;
		try (Connection connection = stage.database().connect();
				PreparedStatement count = connection
					.prepareStatement("select count(*) from webhook_delivery where webhook_id = ?")) {
			count.setObject(1, webhook);
			int queued = 0;
			while (queued < this.events && System.nanoTime() < deadline && receiver.heldFor().compareTo(HOLD_AT_MOST) < 0) {
				try (ResultSet row = count.executeQuery()) {
					row.next();
					queued = row.getInt(1);
				}
				Thread.sleep(20);
			}
			return queued;
		}
	}

	/** POSTs of the payload's size, one at a time, as fast as the receiver answers them. */
	private Figure baseline(int payloadBytes) throws Exception {
		String payload = "{\"data\":\"" + "x".repeat(Math.max(0, payloadBytes - 11)) + "\"}";
		try (Receiver receiver = new Receiver()) {
			receiver.release();
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			long start = System.nanoTime();
			for (int i = 0; i < this.events; i++) {
				HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url()))
					.header("Content-Type", "application/json")
					.header("webhook-id", Integer.toString(i))
					.POST(HttpRequest.BodyPublishers.ofString(payload))
					.build();
				client.send(request, HttpResponse.BodyHandlers.discarding());
			}
			return Figure.throughput(receiver.count(), 0, System.nanoTime() - start);
		}
	}

	/**
	 * The member's endpoint: answers 200 to every POST, noting when each distinct {@code webhook-id} first came;
	 * holds the first request until {@link #release()}.
	 */
	private static final class Receiver implements AutoCloseable {

		private final HttpServer server;

		private final ExecutorService executor = Executors.newFixedThreadPool(2);

		private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

		private final AtomicInteger duplicates = new AtomicInteger();

		private final AtomicInteger largestBody = new AtomicInteger();

		private final AtomicBoolean holding = new AtomicBoolean(true);

		private final CountDownLatch released = new CountDownLatch(1);

		private volatile long heldSince;

		Receiver() throws IOException {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
			this.server.createContext("/hook", this::receive);
			this.server.setExecutor(this.executor);
			this.server.start();
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
		}

		private void receive(HttpExchange exchange) throws IOException {
			try (InputStream body = exchange.getRequestBody()) {
				this.largestBody.accumulateAndGet(body.readAllBytes().length, Math::max);
			}
			if (this.holding.getAndSet(false)) {
				this.heldSince = System.nanoTime();
				awaitRelease();
			}
			String id = exchange.getRequestHeaders().getFirst("webhook-id");
			if (this.arrivals.putIfAbsent(String.valueOf(id), System.nanoTime()) != null) {
				this.duplicates.incrementAndGet();
			}
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		}

		private void awaitRelease() {
			try {
				this.released.await(HOLD.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException exception) {
				Thread.currentThread().interrupt();
			}
		}

		/** How long the first request has been held so far; zero before it came. */
		Duration heldFor() {
			long since = this.heldSince;
			return (since == 0) ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
		}

		/** Lets the held request through; answers when, by {@link System#nanoTime()}. */
		long release() {
			this.released.countDown();
			return System.nanoTime();
		}

		void awaitCount(int count, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (this.arrivals.size() < count && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
		}

		int count() {
			return this.arrivals.size();
		}

		int duplicates() {
			return this.duplicates.get();
		}

		int largestBody() {
			return this.largestBody.get();
		}

		/** Events per second from the release to the last arrival; those that never came are errors. */
		Figure figure(int expected, long releasedAt) {
			List<Long> times = new ArrayList<>(this.arrivals.values());
			long last = times.stream().mapToLong(Long::longValue).max().orElse(releasedAt);
			return Figure.throughput(times.size(), Math.max(0, expected - times.size()), Math.max(1, last - releasedAt));
		}

		@Override
		public void close() {
			this.released.countDown();
			this.server.stop(0);
			this.executor.shutdownNow();
		}

	}

}
