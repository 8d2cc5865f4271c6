package org.entente.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.entente.bench.DataSet.StoredReport;
import org.entente.bench.Partners.Partner;
import tools.jackson.databind.JsonNode;

/**
 * Grows the data set to a size through {@code POST /api/v1/reports/bulk}, NDJSON in requests of
 * {@value #LINES_PER_REQUEST} lines from {@value #STREAMS} members at once: this is how the data sets are made,
 * and its rate is the ingest figure, against a raw COPY of the same rows.
 * <p>
 * Every request carries an {@code Idempotency-Key}, as a careful client's would; it must, too, since a bulk
 * without one fails with 500 at this commit ({@code ReportSubmission.storeBatch} looks a null key up in
 * {@code Map.of()}). The key costs one idempotent_request row per line, which the figure includes.
 */
final class BulkIngest implements Scenario {

	private static final int LINES_PER_REQUEST = 5000;

	/** One stream per core of the machines this runs on; two members' bulks never wait on each other's counter. */
	private static final int STREAMS = 2;

	private final int targetSize;

	BulkIngest(int targetSize) {
		this.targetSize = targetSize;
	}

	@Override
	public String name() {
		return "bulk NDJSON ingest";
	}

	@Override
	public ScenarioResult run(Stage stage) throws Exception {
		List<Request> requests = generate(stage, this.targetSize - stage.size());
		Instant from = Instant.now();
		long start = System.nanoTime();
		AtomicLong rejected = send(stage, requests);
		long elapsed = System.nanoTime() - start;
		Instant to = Instant.now();
		long accepted = requests.stream().mapToLong((request) -> request.readers().size()).sum() - rejected.get();
		Figure application = Figure.throughput(accepted, rejected.get(), elapsed);
		stage.progress().say("  COPY of the same rows…");
		Figure baseline = CopyBaseline.copy(stage.database(), from, to);
		return ScenarioResult.of(name(), stage.nominalSize(), application, "COPY of the same report and location rows",
				baseline, Comparison.RATE);
	}

	/** Made before the clock starts, so that the figure is the application's and not the generator's. */
	private static List<Request> generate(Stage stage, int count) {
		stage.progress().start("generating " + count + " reports", count);
		List<Request> requests = new ArrayList<>();
		long first = stage.dataSet().takeNumbers(count);
		for (int offset = 0; offset < count; offset += LINES_PER_REQUEST) {
			Partner partner = stage.partners().get(requests.size());
			int lines = Math.min(LINES_PER_REQUEST, count - offset);
			ByteArrayOutputStream body = new ByteArrayOutputStream(lines * 1500);
			List<String> readers = new ArrayList<>(lines);
			for (int i = 0; i < lines; i++) {
				SyntheticReport report = stage.reports().report(first + offset + i, partner.code());
				body.writeBytes(report.json().getBytes(StandardCharsets.UTF_8));
				body.write('\n');
				readers.add(report.reader());
			}
			requests.add(new Request(partner, body.toByteArray(), readers));
			stage.progress().advance(lines);
		}
		stage.progress().finish();
		return requests;
	}

	private static AtomicLong send(Stage stage, List<Request> requests) throws Exception {
		int total = requests.stream().mapToInt((request) -> request.readers().size()).sum();
		stage.progress().start("bulk NDJSON to " + (stage.size() + total), total);
		AtomicInteger next = new AtomicInteger();
		AtomicLong rejected = new AtomicLong();
		ExecutorService executor = Executors.newFixedThreadPool(STREAMS);
		try {
			List<Future<?>> streams = new ArrayList<>();
			for (int i = 0; i < STREAMS; i++) {
				streams.add(executor.submit(() -> {
					int index;
					while ((index = next.getAndIncrement()) < requests.size()) {
						rejected.addAndGet(send(stage, requests.get(index)));
					}
					return null;
				}));
			}
			for (Future<?> stream : streams) {
				stream.get();
			}
		}
		finally {
			executor.shutdownNow();
		}
		stage.progress().finish();
		return rejected;
	}

	/** Sends one request and records what it stored; answers how many lines were rejected. */
	private static long send(Stage stage, Request request) {
		Api.Response response = stage.api()
			.postNdjson("/api/v1/reports/bulk", request.partner().token(), UUID.randomUUID().toString(), request.body())
			.expect(200);
		JsonNode answer = stage.json().readTree(response.body());
		for (JsonNode item : answer.path("items")) {
			if (item.has("id")) {
				String reader = request.readers().get(item.path("line").asInt() - 1);
				stage.dataSet().add(new StoredReport(UUID.fromString(item.path("id").asString()),
						request.partner().code(), reader));
			}
			else {
				stage.progress().error(new IllegalStateException(item.toString()));
			}
		}
		stage.progress().advance(request.readers().size());
		return answer.path("rejected").asLong();
	}

	/** One bulk request: its member (the originator of every line), its NDJSON body, each line's reader. */
	private record Request(Partner partner, byte[] body, List<String> readers) {
	}

}
