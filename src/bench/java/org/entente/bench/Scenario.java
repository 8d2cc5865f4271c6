package org.entente.bench;

/**
 * One thing the harness measures, beside its baseline. Adding a scenario is adding one small class and naming
 * it in {@link Bench#scenarios}; each later issue adds its own (search shapes, ledger proofs, SSE latency,
 * statistics) as its endpoints arrive.
 */
interface Scenario {

	/** The name in the table, the results file and the plot. */
	String name();

	/** Runs the scenario and its baseline on the data set as it stands. */
	ScenarioResult run(Stage stage) throws Exception;

}
