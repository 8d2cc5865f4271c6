package org.entente.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The search benchmark ({@code -Dbench.search=1000000}): loads a {@link SearchCorpus} of that many reports
 * straight into the application's tables, then runs each search scenario beside its bare SQL, then records the
 * plan of each scenario's statement. Instead of the bulk-grown sizes, which would take the best part of an hour
 * to reach a million reports.
 */
final class SearchRun {

	private SearchRun() {
	}

	/** The scenarios named (SearchShape names, MAP for the map), or all of them when none are. */
	static List<Scenario> scenarios(List<String> names) {
		List<Scenario> scenarios = new ArrayList<>();
		for (SearchShape shape : SearchShape.values()) {
			if (names.isEmpty() || names.contains(shape.name())) {
				scenarios.add(new ReportSearch(shape));
			}
		}
		if (names.isEmpty() || names.contains("MAP")) {
			scenarios.add(new MapClusters());
		}
		return scenarios;
	}

	/**
	 * Loads the corpus, then runs each scenario and records its plan right after it. {@code checkpoint} gets
	 * the results so far after each scenario, so that a run stopped half-way (a shared machine, hours of
	 * queries) keeps what it measured.
	 */
	static List<ScenarioResult> run(Stage stage, List<String> names, Map<String, Object> record, Path plans,
			Consumer<List<ScenarioResult>> checkpoint) throws Exception {
		stage.progress().say(String.format("== search at %,d reports, generated straight into the tables", stage.nominalSize()));
		SearchCorpus corpus = new SearchCorpus(Partners.CODES, stage.nominalSize());
		record.put("searchData", SearchDataLoader.load(stage.database(), corpus, stage.progress()));
		long prewarmed = stage.database().prewarm();
		record.put("prewarmedMegabytes", prewarmed);
		stage.progress().say(String.format("  read %,d MB of tables and indexes into PostgreSQL's buffers (pg_prewarm)", prewarmed));
		List<ScenarioResult> results = new ArrayList<>();
		List<String> sections = new ArrayList<>();
		String heading = "# Search plans at " + String.format("%,d", stage.nominalSize()) + " reports (member "
				+ ReportSearch.MEMBER + ")";
		for (Scenario scenario : scenarios(names)) {
			results.add(scenario.run(stage));
			stage.progress().say(new ResultsTable(results.subList(results.size() - 1, results.size())).text());
			stage.progress().say("  EXPLAIN " + scenario.name());
			sections.add(((ExplainedScenario) scenario).explain(stage));
			SearchPlans.write(plans, heading, sections);
			checkpoint.accept(results);
		}
		stage.progress().say("Plans: " + plans);
		return results;
	}

}
