package org.entente.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.entente.bench.DataSet.StoredReport;
import org.entente.bench.Partners.Partner;

/**
 * Mixed traffic at a fixed rate for a set time: reads, lists, single submissions and small bulks, as a
 * centre's day looks. An open loop: each operation is due at its time whatever the earlier ones did, and its
 * latency counts from when it was due, so a stall shows in the p99 instead of hiding in a slower rate. Reports
 * errors and p99 per window and the application's heap after each collection, to show that nothing grows.
 */
final class Soak {

	private static final int WINDOWS = 10;

	private static final int WORKERS = 32;

	private static final int BULK_LINES = 50;

	private final Duration duration;

	private final int rate;

	Soak(Duration duration, int rate) {
		this.duration = duration;
		this.rate = rate;
	}

	Map<String, Object> run(Stage stage, AppProcess app) throws Exception {
		long periodNanos = 1_000_000_000L / this.rate;
		long total = this.duration.toNanos() / periodNanos;
		long windowNanos = this.duration.toNanos() / WINDOWS;
		List<Latencies> windows = new ArrayList<>();
		for (int i = 0; i < WINDOWS; i++) {
			windows.add(new Latencies());
		}
		AtomicLong numbers = new AtomicLong(stage.dataSet().takeNumbers((int) total * BULK_LINES));
		ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
		stage.progress().start("soak, " + this.rate + " operations/s for " + this.duration, total);
		Instant startedAt = Instant.now();
		long start = System.nanoTime();
		for (long i = 0; i < total; i++) {
			long due = start + i * periodNanos;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			Latencies window = windows.get((int) Math.min(WINDOWS - 1, (due - start) / windowNanos));
			long operation = i;
			workers.execute(() -> perform(stage, operation, due, window, numbers));
		}
		workers.shutdown();
		workers.awaitTermination(5, TimeUnit.MINUTES);
		stage.progress().finish();
		return summary(windows, windowNanos, startedAt, GcLog.read(app.gcLog(), app.startedAt()), stage);
	}

	/** One operation of the mix, by its number: 60% reads, 20% lists, 15% submissions, 5% bulks. */
	private static void perform(Stage stage, long operation, long due, Latencies window, AtomicLong numbers) {
		SplittableRandom random = new SplittableRandom(operation);
		int draw = (int) (operation % 20);
		try {
			if (draw < 12) {
				StoredReport report = stage.dataSet().any(random);
				stage.api().get("/api/v1/reports/" + report.id(), stage.partners().byCode(report.reader()).token()).expect(200);
			}
			else if (draw < 16) {
				Partner partner = stage.partners().get(random.nextInt(stage.partners().size()));
				stage.api().get("/api/v1/reports?limit=50", partner.token()).expect(200);
			}
			else if (draw < 19) {
				Partner partner = stage.partners().get(random.nextInt(stage.partners().size()));
				SyntheticReport report = stage.reports().report(numbers.getAndIncrement(), partner.code());
				Api.Response response = stage.api().postJson("/api/v1/reports", partner.token(), report.json()).expect(201);
				UUID id = UUID.fromString(stage.json().readTree(response.body()).path("id").asString());
				stage.dataSet().add(new StoredReport(id, partner.code(), report.reader()));
			}
			else {
				bulk(stage, random, numbers);
			}
			window.record(System.nanoTime() - due);
		}
		catch (RuntimeException exception) {
			window.error();
			stage.progress().error(exception);
		}
		stage.progress().advance(1);
	}

	private static void bulk(Stage stage, SplittableRandom random, AtomicLong numbers) {
		Partner partner = stage.partners().get(random.nextInt(stage.partners().size()));
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < BULK_LINES; i++) {
			lines.append(stage.reports().report(numbers.getAndIncrement(), partner.code()).json()).append('\n');
		}
		Api.Response response = stage.api()
			.postNdjson("/api/v1/reports/bulk", partner.token(), UUID.randomUUID().toString(), lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.expect(200);
		if (stage.json().readTree(response.body()).path("rejected").asLong() != 0) {
			throw new IllegalStateException("bulk lines rejected: " + response.body());
		}
	}

	private Map<String, Object> summary(List<Latencies> windows, long windowNanos, Instant startedAt,
			List<GcLog.Collection> collections, Stage stage) {
		List<Map<String, Object>> rows = new ArrayList<>();
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%8s %8s %7s %9s %9s %5s %17s%n", "from s",
				"requests", "errors", "p50 ms", "p99 ms", "GCs", "heap after GC MiB"));
		for (int i = 0; i < windows.size(); i++) {
			Instant from = startedAt.plusNanos(i * windowNanos);
			Instant to = from.plusNanos(windowNanos);
			List<GcLog.Collection> inWindow = collections.stream()
				.filter((collection) -> !collection.time().isBefore(from) && collection.time().isBefore(to))
				.toList();
			Figure figure = windows.get(i).figure(windowNanos);
			double lowest = inWindow.stream().mapToDouble(GcLog.Collection::heapAfterMegabytes).min().orElse(Double.NaN);
			double highest = inWindow.stream().mapToDouble(GcLog.Collection::heapAfterMegabytes).max().orElse(Double.NaN);
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("fromSeconds", i * windowNanos / 1e9);
			row.put("figure", figure);
			row.put("collections", inWindow.size());
			row.put("heapAfterCollectionMinimumMegabytes", Double.isNaN(lowest) ? null : lowest);
			row.put("heapAfterCollectionMaximumMegabytes", Double.isNaN(highest) ? null : highest);
			rows.add(row);
			String heap = inWindow.isEmpty() ? "" : String.format(Locale.ROOT, "%.0f – %.0f", lowest, highest);
			table.append(String.format(Locale.ROOT, "%8.0f %8d %7d %9.2f %9.2f %5d %17s%n", i * windowNanos / 1e9,
					figure.count(), figure.errors(), orNaN(figure.p50()), orNaN(figure.p99()), inWindow.size(), heap));
		}
		stage.progress().say("Soak:\n" + table);
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("duration", this.duration.toString());
		summary.put("rate", this.rate);
		summary.put("mix", "60% read report, 20% list, 15% single submission, 5% bulk of " + BULK_LINES);
		summary.put("windows", rows);
		summary.put("collections", collections.stream()
			.filter((collection) -> !collection.time().isBefore(startedAt))
			.toList());
		summary.put("table", table.toString());
		return summary;
	}

	private static double orNaN(Double value) {
		return (value == null) ? Double.NaN : value;
	}

}
