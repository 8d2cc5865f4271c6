package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark harness (docs/performance.md): starts a fresh PostgreSQL and the application jar on it, grows
 * the data set through each size with the bulk API, runs every scenario beside its baseline at each size,
 * optionally soaks, runs the JMH micro-benchmarks, and writes the table, a results file and the scaling plot.
 */
public final class Bench {

	private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

	private Bench() {
	}

	public static void main(String[] arguments) throws Exception {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		String commit = RunDescription.commit();
		String runName = RUN_TIME.format(Instant.now()) + "-" + commit.substring(0, Math.min(12, commit.length()));
		Path runDirectory = Files.createDirectories(Path.of("target", "bench", runName));
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("run", runName);
		record.put("commit", commit);
		record.put("appVersion", settings.appVersion());
		record.put("machine", RunDescription.machine());
		record.put("java", RunDescription.java());
		record.put("settings", settings.description());
		JsonMapper json = JsonMapper.builder().build();
		List<ScenarioResult> results = new ArrayList<>();
		try (Progress progress = new Progress()) {
			progress.say("Entente benchmark " + runName + ", "
					+ (settings.searchesOnly() ? "search at " + settings.searchSize() : "sizes " + settings.sizes())
					+ "; work files in " + runDirectory);
			runScenarios(settings, runDirectory, json, progress, results, record);
			if (settings.microBenchmarks()) {
				record.put("microBenchmarks", MicroBenchmarks.run(settings, runDirectory, progress));
			}
		}
		record.put("scenarios", results);
		report(settings, runName, record, results, json);
	}

	/**
	 * The scenarios run at a size, in this order, after the bulk ingest that grows the data set to it, as far as
	 * {@code bench.scenarios} selects them. SSE latency and webhook throughput run at the first size only: they
	 * read no stored reports, so more data would only lengthen the run. Ledger proofs, search by text and area,
	 * and statistics join here as their endpoints arrive.
	 */
	static List<Scenario> scenarios(BenchSettings settings, boolean firstSize) {
		List<Scenario> scenarios = new ArrayList<>();
		if (settings.runs("submit")) {
			scenarios.add(new SingleSubmissions(1, 300));
			scenarios.add(new SingleSubmissions(16, 1600));
		}
		if (settings.runs("read")) {
			scenarios.add(new ReportReading());
		}
		if (settings.runs("list")) {
			for (ReportListing.Shape shape : ReportListing.Shape.values()) {
				scenarios.add(new ReportListing(shape));
			}
		}
		if (firstSize && settings.runs("stream")) {
			for (int subscribers : new int[] { 1, 100, 1000 }) {
				scenarios.add(new StreamLatency(subscribers));
			}
		}
		if (firstSize && settings.runs("webhooks")) {
			scenarios.add(new WebhookThroughput(WebhookThroughput.EVENTS));
		}
		return scenarios;
	}

	private static void runScenarios(BenchSettings settings, Path runDirectory, JsonMapper json, Progress progress,
			List<ScenarioResult> results, Map<String, Object> record) throws Exception {
		String adminToken = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
		try (BenchDatabase database = BenchDatabase.start(runDirectory, settings.searchesOnly());
				AppProcess app = AppProcess.start(settings, runDirectory, database.applicationEnvironment(), adminToken)) {
			Api api = new Api(app.port());
			progress.say("Starting the application on port " + app.port() + "…");
			app.awaitHealthy(api);
			record.put("database", database.description());
			BaselineTables.create(database);
			Partners partners = Partners.enrol(api, adminToken, json);
			DataSet dataSet = new DataSet();
			SyntheticReports reports = new SyntheticReports(json, Partners.CODES);
			if (settings.searchesOnly()) {
				Stage stage = new Stage(settings.searchSize(), app, api, database, partners, dataSet, reports, json, progress);
				Path directory = Files.createDirectories(settings.results());
				results.addAll(SearchRun.run(stage, settings.searchScenarios(), record,
						directory.resolve(runDirectory.getFileName() + "-search-plans.md"), (sofar) -> checkpoint(
								directory.resolve(runDirectory.getFileName() + ".json"), record, sofar, json)));
				return;
			}
			for (int size : settings.sizes()) {
				progress.say(String.format("== %,d reports", size));
				Stage stage = new Stage(size, app, api, database, partners, dataSet, reports, json, progress);
				int first = results.size();
				results.add(new BulkIngest(size).run(stage));
				for (Scenario scenario : scenarios(settings, size == settings.sizes().get(0))) {
					results.add(scenario.run(stage));
				}
				progress.say(new ResultsTable(results.subList(first, results.size())).text());
			}
			if (settings.soaks()) {
				Stage stage = new Stage(dataSet.size(), app, api, database, partners, dataSet, reports, json, progress);
				record.put("soak", new Soak(settings.soak(), settings.soakRate()).run(stage, app));
			}
		}
	}

	/** The results file as it stands, rewritten after each scenario of a long run; the report completes it. */
	private static void checkpoint(Path file, Map<String, Object> record, List<ScenarioResult> results, JsonMapper json) {
		Map<String, Object> sofar = new LinkedHashMap<>(record);
		sofar.put("scenarios", results);
		try {
			Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(sofar), StandardCharsets.UTF_8);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static void report(BenchSettings settings, String runName, Map<String, Object> record,
			List<ScenarioResult> results, JsonMapper json) throws Exception {
		Path directory = Files.createDirectories(settings.results());
		Path file = directory.resolve(runName + ".json");
		Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(record), StandardCharsets.UTF_8);
		ResultsTable table = new ResultsTable(results);
		Files.writeString(directory.resolve(runName + ".md"), table.markdown(), StandardCharsets.UTF_8);
		System.out.println();
		System.out.println(table.text());
		System.out.println("Results: " + file + "\nTable (Markdown): " + directory.resolve(runName + ".md"));
		if (!settings.searchesOnly()) {
			// A search run has one size, so no curve to draw.
			Path plot = directory.resolve(runName + "-scaling.png");
			ScalingPlot.write(results, plot);
			System.out.println("Plot: " + plot);
		}
	}

}
