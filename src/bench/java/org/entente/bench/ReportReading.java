package org.entente.bench;

import java.sql.Connection;
import java.util.SplittableRandom;

import org.entente.bench.DataSet.StoredReport;

/**
 * {@code GET /api/v1/reports/{id}} of random stored reports, each by a member it was released to, against the
 * same statements over JDBC for the same reports and members.
 */
final class ReportReading implements Scenario {

	private static final int WARM_UP = 200;

	private static final int COUNT = 1000;

	@Override
	public String name() {
		return "read report";
	}

	@Override
	public ScenarioResult run(Stage stage) throws Exception {
		Figure application = LoadRunner.run(name(), 1, WARM_UP, COUNT, stage.progress(), () -> {
			SplittableRandom random = new SplittableRandom(stage.size());
			return (index) -> {
				StoredReport report = stage.dataSet().any(random);
				stage.api().get("/api/v1/reports/" + report.id(), token(stage, report)).expect(200);
			};
		});
		Figure baseline = LoadRunner.run(name() + " baseline", 1, WARM_UP, COUNT, stage.progress(), () -> {
			SplittableRandom random = new SplittableRandom(stage.size());
			Connection connection = stage.database().connect();
			return new LoadRunner.Worker() {

				@Override
				public void perform(int index) throws Exception {
					StoredReport report = stage.dataSet().any(random);
					if (ReportSql.find(connection, report.id(), report.reader()) != 1) {
						throw new IllegalStateException("report " + report.id() + " not visible to " + report.reader());
					}
				}

				@Override
				public void close() throws Exception {
					connection.close();
				}

			};
		});
		return ScenarioResult.of(name(), stage.nominalSize(), application, "the same 4 SQL statements over JDBC", baseline,
				Comparison.P95);
	}

	private static String token(Stage stage, StoredReport report) {
		return stage.partners().byCode(report.reader()).token();
	}

}
