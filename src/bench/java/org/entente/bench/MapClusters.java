package org.entente.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.reports.internal.SearchStatements;
import org.entente.reports.internal.SearchStatements.BoundStatement;

/**
 * {@code GET /api/v1/map/locations} over a country-sized box at zoom 6, as a map client draws it, beside the
 * grid statement the application runs for it. It counts every visible location in the box, so its cost grows
 * with them; fewer queries than the searches, as each takes far longer.
 */
final class MapClusters implements Scenario, ExplainedScenario {

	private static final int WARM_UP = 10;

	private static final int COUNT = 100;

	private static final int ZOOM = 6;

	/** Countries around the gazetteer's places: west, south, east, north. */
	private static final List<String> COUNTRIES = List.of("22.1,44.3,40.2,52.4", "38.8,29.0,48.6,37.4",
			"9.3,19.5,25.2,33.2", "42.5,12.1,53.1,19.0", "44.0,25.0,63.3,39.8", "26.0,36.0,44.8,42.1",
			"24.7,22.0,36.9,31.7", "-12.2,10.1,16.0,24.0", "40.9,-1.7,51.5,12.0", "116.9,4.6,126.6,21.1");

	@Override
	public String name() {
		return "map clusters, country box";
	}

	@Override
	public ScenarioResult run(Stage stage) throws Exception {
		String token = stage.partners().byCode(ReportSearch.MEMBER).token();
		List<BoundStatement> statements = new ArrayList<>();
		for (int index = 0; index < COUNT + WARM_UP; index++) {
			statements.add(SearchStatements.mapCells(query(index), ReportSearch.MEMBER, ZOOM));
		}
		Connection connection = stage.database().connect();
		PairedRunner.Pair figures = PairedRunner.run(name(), WARM_UP, COUNT, stage.progress(),
				(index) -> stage.api().get(path(index), token).expect(200), new LoadRunner.Worker() {

					@Override
					public void perform(int index) throws Exception {
						ReportSql.rows(connection, statements.get(index));
					}

					@Override
					public void close() throws Exception {
						connection.close();
					}

				});
		return ScenarioResult.of(name(), stage.nominalSize(), figures.application(), "the same SQL over JDBC",
				figures.baseline(), Comparison.P95);
	}

	@Override
	public String explain(Stage stage) throws Exception {
		BoundStatement statement = SearchStatements.mapCells(query(0), ReportSearch.MEMBER, ZOOM);
		return SearchPlans.section(stage.database(), name(), "GET " + path(0), statement, "zoom " + ZOOM);
	}

	private static Map<String, String> query(int index) {
		return Map.of("bbox", COUNTRIES.get(index % COUNTRIES.size()));
	}

	private static String path(int index) {
		return "/api/v1/map/locations?" + ReportSearch.queryString(query(index)) + "&zoom=" + ZOOM;
	}

}
