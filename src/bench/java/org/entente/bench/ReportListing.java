package org.entente.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.entente.bench.DataSet.StoredReport;
import org.entente.bench.ReportSql.Listing;
import org.entente.platform.Cursor;

/**
 * {@code GET /api/v1/reports} in one of its query shapes, as one member asks it, against the bare SQL the
 * application runs for it. Text and area search arrive with a later issue, as shapes of their own.
 */
final class ReportListing implements Scenario {

	private static final int WARM_UP = 50;

	private static final int COUNT = 300;

	private static final int LIMIT = 100;

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
		Query query = this.shape.query(stage);
		String token = stage.partners().byCode(MEMBER).token();
		Figure application = LoadRunner.run(name(), 1, WARM_UP, COUNT, stage.progress(),
				() -> (index) -> stage.api().get("/api/v1/reports?limit=" + LIMIT + query.parameters(), token).expect(200));
		Figure baseline = LoadRunner.run(name() + " baseline", 1, WARM_UP, COUNT, stage.progress(), () -> {
			Connection connection = stage.database().connect();
			return new LoadRunner.Worker() {

				@Override
				public void perform(int index) throws Exception {
					// limit + 1, as ReportQueries asks one more to know whether there is a next page.
					ReportSql.list(connection, MEMBER, query.listing(), LIMIT + 1);
				}

				@Override
				public void close() throws Exception {
					connection.close();
				}

			};
		});
		return ScenarioResult.of(name(), stage.nominalSize(), application, "the same SQL over JDBC", baseline, Comparison.P95);
	}

	/** A query as the API takes it and as the repository's filter binds it. */
	record Query(String parameters, Listing listing) {
	}

	/** The query shapes of the list endpoint as it stands. */
	enum Shape {

		LATEST("latest") {
			@Override
			Query query(Stage stage) {
				return new Query("", new Listing(null, null, null, null, null, null));
			}
		},

		ORIGINATOR("by originator") {
			@Override
			Query query(Stage stage) {
				return new Query("&originator=ALPHA", new Listing("ALPHA", null, null, null, null, null));
			}
		},

		CATEGORY("by category") {
			@Override
			Query query(Stage stage) {
				return new Query("&category=cyber", new Listing(null, "cyber", null, null, null, null));
			}
		},

		HANDLING("by handling") {
			@Override
			Query query(Stage stage) {
				return new Query("&handling=RED", new Listing(null, null, "RED", null, null, null));
			}
		},

		/** Changes since the middle of the data set: the sync of a member that was away. */
		SINCE("since") {
			@Override
			Query query(Stage stage) throws SQLException {
				Instant since = submittedAt(stage, middle(stage).id());
				return new Query("&since=" + since, new Listing(null, null, null, Timestamp.from(since), null, null));
			}
		},

		/** A page from the middle of the data set, as a client that pages through all of it asks for it. */
		CURSOR("page in the middle") {
			@Override
			Query query(Stage stage) throws SQLException {
				UUID id = middle(stage).id();
				Instant time = submittedAt(stage, id);
				String cursor = URLEncoder.encode(new Cursor(time, id).encode(), StandardCharsets.UTF_8);
				return new Query("&cursor=" + cursor, new Listing(null, null, null, null, Timestamp.from(time), id));
			}
		};

		private final String wireName;

		Shape(String wireName) {
			this.wireName = wireName;
		}

		abstract Query query(Stage stage) throws SQLException;

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
