package org.entente.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.entente.reports.internal.SearchStatements;
import org.entente.reports.internal.SearchStatements.BoundStatement;

/**
 * {@code GET /api/v1/reports} as a search of one {@link SearchShape}, as one member asks it, query by query
 * beside the same statement run bare over JDBC: the statement the application's own SearchSql makes for those
 * parameters, then the three statements that complete the page with its locations, releases and sites.
 */
final class ReportSearch implements Scenario, ExplainedScenario {

	/** Pairs before measuring: the JIT's and the caches' warm-up; at a million reports a pair takes seconds. */
	static final int WARM_UP = 20;

	static final int COUNT = 300;

	private static final String LIMIT = "100";

	/** The member that searches: it originated a fifth of the reports and received others at both detail levels. */
	static final String MEMBER = "BRAVO";

	private final SearchShape shape;

	/** The measured query whose SQL took longest, for its plan. */
	private int slowest;

	ReportSearch(SearchShape shape) {
		this.shape = shape;
	}

	@Override
	public String name() {
		return this.shape.wireName();
	}

	@Override
	public ScenarioResult run(Stage stage) throws Exception {
		String token = stage.partners().byCode(MEMBER).token();
		// Statements made before the clock starts: the baseline is the database's work, not the builder's.
		List<BoundStatement> statements = new ArrayList<>();
		for (int index = 0; index < COUNT + WARM_UP; index++) {
			statements.add(SearchStatements.reports(query(index), MEMBER));
		}
		int[] rows = new int[COUNT + WARM_UP];
		long[] sqlNanos = new long[COUNT + WARM_UP];
		Connection connection = stage.database().connect();
		PairedRunner.Pair figures = PairedRunner.run(name(), WARM_UP, COUNT, stage.progress(),
				(index) -> stage.api().get(path(index), token).expect(200),
				new LoadRunner.Worker() {

					@Override
					public void perform(int index) throws Exception {
						long start = System.nanoTime();
						rows[index] = ReportSql.search(connection, statements.get(index), MEMBER);
						sqlNanos[index] = System.nanoTime() - start;
					}

					@Override
					public void close() throws Exception {
						connection.close();
					}

				});
		this.slowest = slowest(sqlNanos);
		return ScenarioResult.of(name(), stage.nominalSize(), figures.application(),
				"the same SQL over JDBC (search + 3 statements completing the page)", figures.baseline(),
				Comparison.P95).with(rowsFound(rows));
	}

	/** The first query of the run (the busiest place), and the one whose SQL took longest, when another. */
	@Override
	public String explain(Stage stage) throws Exception {
		String sections = explain(stage, 0, "the first query");
		if (this.slowest > 0) {
			sections += "\n" + explain(stage, this.slowest, "the slowest query of the run (SQL side)");
		}
		return sections;
	}

	private String explain(Stage stage, int index, String which) throws Exception {
		BoundStatement statement = SearchStatements.reports(query(index), MEMBER);
		int items = stage.json().readTree(stage.api().get(path(index), stage.partners().byCode(MEMBER).token())
			.expect(200)
			.body()).path("items").size();
		return SearchPlans.section(stage.database(), name() + ": " + which, "GET " + path(index), statement,
				"The application answered " + items + " items for this query");
	}

	private static int slowest(long[] sqlNanos) {
		int slowest = 0;
		for (int index = 0; index < COUNT; index++) {
			slowest = (sqlNanos[index] > sqlNanos[slowest]) ? index : slowest;
		}
		return slowest;
	}

	/** The query parameters of query {@code index}, the page size included. */
	Map<String, String> query(int index) {
		Map<String, String> query = new LinkedHashMap<>(this.shape.query(index));
		query.put("limit", LIMIT);
		return query;
	}

	private String path(int index) {
		return "/api/v1/reports?" + queryString(query(index));
	}

	static String queryString(Map<String, String> query) {
		return query.entrySet()
			.stream()
			.map((parameter) -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** How many rows the measured queries found, as the table cannot show it and every figure depends on it. */
	private static Map<String, Object> rowsFound(int[] rows) {
		long total = 0;
		int empty = 0;
		int full = 0;
		for (int index = 0; index < COUNT; index++) {
			total += rows[index];
			empty += (rows[index] == 0) ? 1 : 0;
			full += (rows[index] > Integer.parseInt(LIMIT)) ? 1 : 0;
		}
		Map<String, Object> found = new LinkedHashMap<>();
		found.put("meanRowsPerQuery", Math.round(10.0 * total / COUNT) / 10.0);
		found.put("queriesFindingNothing", empty);
		found.put("queriesWithANextPage", full);
		return found;
	}

}
