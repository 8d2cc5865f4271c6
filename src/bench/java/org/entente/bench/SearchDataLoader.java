package org.entente.bench;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the application's report, report_release and location tables with a {@link SearchCorpus} straight over
 * JDBC, with COPY, after the application has migrated the schema and enrolled the members: a million reports
 * through the bulk API would take the best part of an hour, and the search scenarios measure reads. These rows
 * bypass the write path entirely: no ledger entries, no report versions, no idempotency records, no
 * notifications; the bulk ingest scenario measures that path.
 * <p>
 * The secondary indexes and foreign keys come off before the load and go back after it, then {@code VACUUM
 * ANALYZE} sets the visibility map and the statistics, as autovacuum would in time, so that it does not start
 * in the middle of the measurements.
 */
final class SearchDataLoader {

	private static final List<String> TABLES = List.of("report", "report_release", "location");

	/** Reports per COPY; each COPY is its own transaction. */
	private static final int BATCH = 10_000;

	/** One COPY stream per core of the machines this runs on: the database's work is the tsvector of each row. */
	private static final int STREAMS = 2;

	private static final String REPORT_COPY = """
			copy report (id, reference, originator, author, version, title, body, language, category, observed_at,
			    valid_until, source_reliability, credibility, handling, submitted_at, updated_at) from stdin
			""";

	private static final String RELEASE_COPY = "copy report_release (report_id, member_code, detail, released_at) from stdin";

	private static final String LOCATION_COPY = """
			copy location (id, report_id, position, latitude, longitude, precision_meters, elevation_meters, kind,
			    label, observed_at, original_text, format, sanitized_latitude, sanitized_longitude,
			    sanitized_precision_meters, report_submitted_at, audience) from stdin
			""";

	private SearchDataLoader() {
	}

	/** Loads the corpus and answers what was loaded and how long each step took, for the results file. */
	static Map<String, Object> load(BenchDatabase database, SearchCorpus corpus, Progress progress) throws Exception {
		Map<String, Object> description = new LinkedHashMap<>();
		if (database.external() && storedReports(database) == corpus.size()) {
			// An external database an earlier run loaded with this corpus: the same rows again, so keep them and
			// spare the quarter of an hour; the application's migrations since then have run on them at its start.
			progress.say(String.format("  the database already holds the %,d reports of this corpus: kept", corpus.size()));
			description.put("reports", corpus.size());
			description.put("path", "kept from an earlier run's COPY into the same external database");
			return description;
		}
		long start = System.nanoTime();
		SecondaryIndexes indexes;
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			indexes = SecondaryIndexes.drop(connection, TABLES);
			// The vocabulary is made in one statement after the load, not report by report by the application.
			statement.execute("alter table report disable trigger report_search_words");
			// Who sees each location is written with it (the rows the triggers would make, without a look-up each).
			statement.execute("alter table location disable trigger location_audience");
			statement.execute("alter table report_release disable trigger release_audience");
			// The map's counts too are made in one statement after the load (V12's entente_map_count_all).
			statement.execute("alter table location disable trigger location_map");
		}
		progress.say("  dropped " + indexes.indexes().size() + " secondary indexes for the load: "
				+ indexes.indexes().stream().map(SecondaryIndexes.Definition::name).toList());
		AtomicLong locations = new AtomicLong();
		AtomicLong releases = new AtomicLong();
		copy(database, corpus, progress, locations, releases);
		long copied = System.nanoTime();
		progress.say(String.format("  copied %,d reports, %,d locations, %,d releases in %.0f s", corpus.size(),
				locations.get(), releases.get(), (copied - start) / 1e9));
		indexes.restore(database::connect, STREAMS, progress);
		long indexed = System.nanoTime();
		progress.say(String.format("  indexes and foreign keys back in %.0f s", (indexed - copied) / 1e9));
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(REFERENCE_COUNTERS);
			statement.execute("alter table report enable trigger report_search_words");
			statement.execute("alter table location enable trigger location_audience");
			statement.execute("alter table report_release enable trigger release_audience");
			statement.execute("alter table location enable trigger location_map");
			statement.execute(VOCABULARY);
			statement.execute("select entente_map_count_all()");
			statement.execute("vacuum (analyze) map_cell");
			statement.execute("vacuum (analyze) search_word");
			for (String table : TABLES) {
				statement.execute("vacuum (analyze) " + table);
			}
		}
		long analysed = System.nanoTime();
		progress.say(String.format("  vacuum analyze in %.0f s; the load took %.0f s in all", (analysed - indexed) / 1e9,
				(analysed - start) / 1e9));
		description.put("reports", corpus.size());
		description.put("locations", locations.get());
		description.put("releases", releases.get());
		description.put("copySeconds", seconds(copied - start));
		description.put("indexSeconds", seconds(indexed - copied));
		description.put("vacuumAnalyzeSeconds", seconds(analysed - indexed));
		description.put("loadSeconds", seconds(analysed - start));
		description.put("path", "COPY into the application's tables after its migrations; no ledger, versions or notifications");
		return description;
	}

	private static long storedReports(BenchDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("select count(*) from report")) {
			count.next();
			return count.getLong(1);
		}
	}

	/**
	 * The members' reference counters past the numbers the corpus used, so that a report submitted afterwards
	 * gets a reference of its own.
	 */
	private static final String REFERENCE_COUNTERS = """
			insert into reference_counter (originator, year, last_value)
			select originator, split_part(reference, '-', 2)::int, max(split_part(reference, '-', 3)::int)
			from report group by 1, 2
			on conflict (originator, year) do update
			    set last_value = greatest(reference_counter.last_value, excluded.last_value)
			""";

	/** The words of every report, as the application's SearchVocabulary adds them report by report (V10). */
	private static final String VOCABULARY = """
			insert into search_word (word)
			select distinct word from report cross join unnest(entente_search_words(title, body)) as word
			on conflict do nothing
			""";

	private static void copy(BenchDatabase database, SearchCorpus corpus, Progress progress, AtomicLong locations,
			AtomicLong releases) throws Exception {
		progress.start("COPY of " + corpus.size() + " reports", corpus.size());
		ExecutorService executor = Executors.newFixedThreadPool(STREAMS);
		try {
			List<Future<?>> streams = new ArrayList<>();
			long share = (corpus.size() + STREAMS - 1) / STREAMS;
			for (int stream = 0; stream < STREAMS; stream++) {
				long from = stream * share;
				long to = Math.min(corpus.size(), from + share);
				streams.add(executor.submit(() -> {
					try (Connection connection = database.connect()) {
						CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
						for (long first = from; first < to; first += BATCH) {
							long last = Math.min(to, first + BATCH);
							Batch batch = Batch.of(corpus, first, last);
							copy.copyIn(REPORT_COPY, new ByteArrayInputStream(batch.reports().bytes()));
							copy.copyIn(RELEASE_COPY, new ByteArrayInputStream(batch.releases().bytes()));
							copy.copyIn(LOCATION_COPY, new ByteArrayInputStream(batch.locations().bytes()));
							locations.addAndGet(batch.locationCount());
							releases.addAndGet(batch.releaseCount());
							progress.advance(last - first);
						}
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
		progress.finish();
	}

	private static double seconds(long nanos) {
		return Math.round(nanos / 1e8) / 10.0;
	}

	/** The rows of reports {@code first} to {@code last} (exclusive) for the three tables. */
	private record Batch(CopyRows reports, CopyRows releases, CopyRows locations, long releaseCount,
			long locationCount) {

		static Batch of(SearchCorpus corpus, long first, long last) {
			CopyRows reports = new CopyRows();
			CopyRows releases = new CopyRows();
			CopyRows locations = new CopyRows();
			long releaseCount = 0;
			long locationCount = 0;
			for (long number = first; number < last; number++) {
				GeneratedReport report = corpus.report(number);
				reports.value(report.id()).value(report.reference()).value(report.originator()).value(report.author())
					.value(1).value(report.title()).value(report.body()).value(report.language())
					.value(report.category()).value(report.observedAt()).value(report.validUntil())
					.value(report.sourceReliability()).value(report.credibility()).value(report.handling())
					.value(report.submittedAt()).value(report.submittedAt())
					.endRow();
				for (GeneratedReport.Release release : report.releases()) {
					releases.value(report.id()).value(release.member()).value(release.detail())
						.value(report.submittedAt())
						.endRow();
					releaseCount++;
				}
				String audience = audience(report);
				for (GeneratedReport.Location location : report.locations()) {
					locations.value(location.id()).value(report.id()).value(location.position())
						.value(location.latitude()).value(location.longitude()).value(location.precisionMeters())
						.value((Object) null).value(location.kind()).value(location.label())
						.value(location.observedAt()).value(location.originalText()).value(location.format())
						.value(location.sanitizedLatitude()).value(location.sanitizedLongitude())
						.value(location.sanitizedPrecisionMeters()).value(report.submittedAt()).value(audience)
						.endRow();
					locationCount++;
				}
			}
			return new Batch(reports, releases, locations, releaseCount, locationCount);
		}

		/** The location's audience as V11's entente_report_audience makes it: the originator, then by member. */
		private static String audience(GeneratedReport report) {
			StringBuilder audience = new StringBuilder("{full:").append(report.originator());
			report.releases().stream()
				.sorted(Comparator.comparing(GeneratedReport.Release::member))
				.forEach((release) -> audience.append(',').append(release.detail()).append(':').append(release.member()));
			return audience.append('}').toString();
		}

	}

}
