package org.entente.bench;

/**
 * One scenario at one data set size, beside its baseline measured in the same run on the same database.
 *
 * @param size the number of reports stored when the scenario ran
 * @param baseline what the baseline does, in a few words
 */
record ScenarioResult(String scenario, int size, Figure application, String baseline, Figure baselineFigure,
		Comparison comparison, Double ratio) {

	static ScenarioResult of(String scenario, int size, Figure application, String baseline, Figure baselineFigure,
			Comparison comparison) {
		return new ScenarioResult(scenario, size, application, baseline, baselineFigure, comparison,
				comparison.ratio(application, baselineFigure));
	}

}
