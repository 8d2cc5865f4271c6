package org.entente.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The search benchmark ({@code -Dbench.search=1000000}): loads a {@link SearchCorpus} of that many reports
 * straight into the application's tables, then runs each search scenario beside its bare SQL, then records the
 * plan of each scenario's statement. Instead of the bulk-grown sizes, which would take the best part of an hour
 * to reach a million reports.
 */
final class SearchRun {

	private SearchRun() {
	}

	static List<Scenario> scenarios() {
		List<Scenario> scenarios = new ArrayList<>();
		for (SearchShape shape : SearchShape.values()) {
			scenarios.add(new ReportSearch(shape));
		}
		scenarios.add(new MapClusters());
		return scenarios;
	}

	static List<ScenarioResult> run(Stage stage, Map<String, Object> record, Path plans) throws Exception {
		stage.progress().say(String.format("== search at %,d reports, generated straight into the tables", stage.nominalSize()));
		SearchCorpus corpus = new SearchCorpus(Partners.CODES, stage.nominalSize());
		record.put("searchData", SearchDataLoader.load(stage.database(), corpus, stage.progress()));
		List<ScenarioResult> results = new ArrayList<>();
		List<String> sections = new ArrayList<>();
		for (Scenario scenario : scenarios()) {
			results.add(scenario.run(stage));
			stage.progress().say(new ResultsTable(results.subList(results.size() - 1, results.size())).text());
		}
		for (Scenario scenario : scenarios()) {
			stage.progress().say("  EXPLAIN " + scenario.name());
			sections.add(((ExplainedScenario) scenario).explain(stage));
		}
		SearchPlans.write(plans, "# Search plans at " + String.format("%,d", stage.nominalSize())
				+ " reports (member " + ReportSearch.MEMBER + ")", sections);
		stage.progress().say("Plans: " + plans);
		return results;
	}

}
