package org.entente.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.bench.DataSet.StoredReport;
import org.entente.bench.SyntheticReport.SyntheticLocation;

/**
 * {@code POST /api/v1/reports}, one report per request from {@code concurrency} machines at once, against the
 * bare round trip any write must make: INSERT the same report and location rows, NOTIFY, COMMIT, and the
 * notification received by a listening connection (the floor of submit-to-SSE latency, which arrives later).
 */
final class SingleSubmissions implements Scenario {

	private final int concurrency;

	private final int count;

	SingleSubmissions(int concurrency, int count) {
		this.concurrency = concurrency;
		this.count = count;
	}

	@Override
	public String name() {
		return "submit, concurrency " + this.concurrency;
	}

	@Override
	public ScenarioResult run(Stage stage) throws Exception {
		int warmUp = Math.max(this.concurrency * 4, this.count / 10);
		List<SyntheticReport> reports = generate(stage, warmUp + this.count);
		AtomicInteger taken = new AtomicInteger();
		Figure application = LoadRunner.run(name(), this.concurrency, warmUp, this.count, stage.progress(),
				() -> (index) -> submit(stage, reports.get(taken.getAndIncrement())));
		AtomicInteger baselineTaken = new AtomicInteger();
		Figure baseline;
		try (NotificationListener listener = new NotificationListener(stage.database())) {
			baseline = LoadRunner.run(name() + " baseline", this.concurrency, warmUp, this.count, stage.progress(),
					() -> new RoundTrip(stage.database().connect(), listener, reports, baselineTaken));
		}
		return ScenarioResult.of(name(), stage.nominalSize(), application, "INSERT + NOTIFY + COMMIT, received by LISTEN",
				baseline, Comparison.P95);
	}

	private static List<SyntheticReport> generate(Stage stage, int count) {
		long first = stage.dataSet().takeNumbers(count);
		List<SyntheticReport> reports = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			reports.add(stage.reports().report(first + i, stage.partners().get((int) (first + i)).code()));
		}
		return reports;
	}

	private static void submit(Stage stage, SyntheticReport report) {
		Api.Response response = stage.api()
			.postJson("/api/v1/reports", stage.partners().byCode(report.originator()).token(), report.json())
			.expect(201);
		UUID id = UUID.fromString(stage.json().readTree(response.body()).path("id").asString());
		stage.dataSet().add(new StoredReport(id, report.originator(), report.reader()));
	}

	/**
	 * One writer of the baseline, on a connection of its own as each application thread has; also the floor of
	 * the SSE latency scenario.
	 */
	static final class RoundTrip implements LoadRunner.Worker {

		private final Connection connection;

		private final NotificationListener listener;

		private final List<SyntheticReport> reports;

		private final AtomicInteger taken;

		RoundTrip(Connection connection, NotificationListener listener, List<SyntheticReport> reports,
				AtomicInteger taken) throws Exception {
			this.connection = connection;
			this.listener = listener;
			this.reports = reports;
			this.taken = taken;
			connection.setAutoCommit(false);
		}

		@Override
		public void perform(int index) throws Exception {
			SyntheticReport report = this.reports.get(this.taken.getAndIncrement());
			UUID id = UUID.randomUUID();
			var arrival = this.listener.expect(id.toString());
			insertReport(id, report);
			insertLocations(id, report.locations());
			try (PreparedStatement notify = this.connection.prepareStatement("select pg_notify(?, ?)")) {
				notify.setString(1, NotificationListener.CHANNEL);
				notify.setString(2, id.toString());
				notify.executeQuery().close();
			}
			this.connection.commit();
			arrival.get(10, TimeUnit.SECONDS);
		}

		private void insertReport(UUID id, SyntheticReport report) throws Exception {
			Timestamp now = Timestamp.from(Instant.now());
			try (PreparedStatement insert = this.connection.prepareStatement("insert into " + BaselineTables.REPORT + """
					 (id, reference, originator, author, version, title, body, language, category,
					    observed_at, source_reliability, credibility, handling, submitted_at, updated_at)
					values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")) {
				insert.setObject(1, id);
				insert.setString(2, "BENCH-" + id);
				insert.setString(3, report.originator());
				insert.setString(4, report.originator().toLowerCase() + ".analyst");
				insert.setString(5, report.title());
				insert.setString(6, report.body());
				insert.setString(7, report.language());
				insert.setString(8, report.category());
				insert.setTimestamp(9, Timestamp.from(report.observedAt()));
				insert.setString(10, report.sourceReliability());
				insert.setInt(11, report.credibility());
				insert.setString(12, report.handling());
				insert.setTimestamp(13, now);
				insert.setTimestamp(14, now);
				insert.executeUpdate();
			}
		}

		private void insertLocations(UUID reportId, List<SyntheticLocation> locations) throws Exception {
			// The report's release time from its row, as ReportRepository.insertLocations takes it.
			try (PreparedStatement insert = this.connection.prepareStatement("""
					insert into %s (id, report_id, position, latitude, longitude, precision_meters, kind, label,
					    original_text, format, sanitized_latitude, sanitized_longitude, sanitized_precision_meters,
					    report_submitted_at)
					values (?, ?, ?, ?, ?, 1, ?, ?, ?, 'bench', ?, ?, 1000, (select submitted_at from %s where id = ?))
					""".formatted(BaselineTables.LOCATION, BaselineTables.REPORT))) {
				for (int position = 0; position < locations.size(); position++) {
					SyntheticLocation location = locations.get(position);
					insert.setObject(1, UUID.randomUUID());
					insert.setObject(2, reportId);
					insert.setInt(3, position);
					insert.setDouble(4, location.latitude());
					insert.setDouble(5, location.longitude());
					insert.setString(6, location.kind());
					insert.setString(7, location.label());
					insert.setString(8, location.text());
					insert.setDouble(9, location.latitude());
					insert.setDouble(10, location.longitude());
					insert.setObject(11, reportId);
					insert.addBatch();
				}
				insert.executeBatch();
			}
		}

		@Override
		public void close() throws Exception {
			this.connection.close();
		}

	}

}
