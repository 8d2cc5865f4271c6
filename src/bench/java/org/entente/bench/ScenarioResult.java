package org.entente.bench;

import java.util.Map;

/**
 * One scenario at one data set size, beside its baseline measured in the same run on the same database.
 *
 * @param size the number of reports stored when the scenario ran
 * @param baseline what the baseline does, in a few words
 * @param measurements figures that fit no column of the table (memory per stream client, for one), by name
 */
record ScenarioResult(String scenario, int size, Figure application, String baseline, Figure baselineFigure,
		Comparison comparison, Double ratio, Map<String, Object> measurements) {

	static ScenarioResult of(String scenario, int size, Figure application, String baseline, Figure baselineFigure,
			Comparison comparison) {
		return new ScenarioResult(scenario, size, application, baseline, baselineFigure, comparison,
				comparison.ratio(application, baselineFigure), Map.of());
	}

	ScenarioResult with(Map<String, Object> measurements) {
		return new ScenarioResult(this.scenario, this.size, this.application, this.baseline, this.baselineFigure,
				this.comparison, this.ratio, measurements);
	}

}
