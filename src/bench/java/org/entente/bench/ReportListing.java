package org.entente.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.entente.bench.DataSet.StoredReport;
import org.entente.reports.internal.SearchStatements;
import org.entente.reports.internal.SearchStatements.BoundStatement;

/**
 * {@code GET /api/v1/reports} in one of its list shapes (no text, no area), as one member asks it, against the
 * statement the application's own SearchSql makes for those parameters ({@link SearchStatements}), run bare
 * over JDBC with the two statements completing the page. Text and area are {@link ReportSearch}'s.
 */
final class ReportListing implements Scenario {

	private static final int WARM_UP = 50;

	private static final int COUNT = 300;

	private static final String LIMIT = "100";

	/** The member that lists: it originated some reports and received others at both detail levels. */
	private static final String MEMBER = "BRAVO";

	private final Shape shape;

	ReportListing(Shape shape) {
		this.shape = shape;
	}

	@Override
	public String name() {
		return "list " + this.shape.wireName;
	}

	@Override
	public ScenarioResult run(Stage stage) throws Exception {
		Map<String, String> query = new LinkedHashMap<>(this.shape.query(stage));
		query.put("limit", LIMIT);
		String path = "/api/v1/reports?" + ReportSearch.queryString(query);
		BoundStatement statement = SearchStatements.reports(query, MEMBER);
		String token = stage.partners().byCode(MEMBER).token();
		Figure application = LoadRunner.run(name(), 1, WARM_UP, COUNT, stage.progress(),
				() -> (index) -> stage.api().get(path, token).expect(200));
		Figure baseline = LoadRunner.run(name() + " baseline", 1, WARM_UP, COUNT, stage.progress(), () -> {
			Connection connection = stage.database().connect();
			return new LoadRunner.Worker() {

				@Override
				public void perform(int index) throws Exception {
					ReportSql.search(connection, statement, MEMBER);
				}

				@Override
				public void close() throws Exception {
					connection.close();
				}

			};
		});
		return ScenarioResult.of(name(), stage.nominalSize(), application, "the same SQL over JDBC", baseline, Comparison.P95);
	}

	/** The list shapes of the endpoint, as query parameters. */
	enum Shape {

		LATEST("latest") {
			@Override
			Map<String, String> query(Stage stage) {
				return Map.of();
			}
		},

		ORIGINATOR("by originator") {
			@Override
			Map<String, String> query(Stage stage) {
				return Map.of("originator", "ALPHA");
			}
		},

		CATEGORY("by category") {
			@Override
			Map<String, String> query(Stage stage) {
				return Map.of("category", "cyber");
			}
		},

		HANDLING("by handling") {
			@Override
			Map<String, String> query(Stage stage) {
				return Map.of("handling", "RED");
			}
		},

		/** Changes since the middle of the data set: the sync of a member that was away. */
		SINCE("since") {
			@Override
			Map<String, String> query(Stage stage) throws SQLException {
				return Map.of("since", submittedAt(stage, middle(stage).id()).toString());
			}
		},

		/** A page from the middle of the data set, as a client that pages through all of it asks for it. */
		CURSOR("page in the middle") {
			@Override
			Map<String, String> query(Stage stage) throws SQLException {
				UUID id = middle(stage).id();
				return Map.of("cursor", SearchStatements.timeCursor(submittedAt(stage, id), id));
			}
		};

		private final String wireName;

		Shape(String wireName) {
			this.wireName = wireName;
		}

		abstract Map<String, String> query(Stage stage) throws SQLException;

		private static StoredReport middle(Stage stage) {
			return stage.dataSet().at(stage.size() / 2);
		}

		/** The harness learns ids from the bulk answers, and the time a report was stored only from the database. */
		private static Instant submittedAt(Stage stage, UUID id) throws SQLException {
			try (Connection connection = stage.database().connect();
					PreparedStatement statement = connection.prepareStatement("select submitted_at from report where id = ?")) {
				statement.setObject(1, id);
				try (ResultSet row = statement.executeQuery()) {
					row.next();
					return row.getTimestamp(1).toInstant();
				}
			}
		}

	}

}
