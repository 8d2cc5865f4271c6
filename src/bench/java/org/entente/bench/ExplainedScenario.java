package org.entente.bench;

/** A scenario whose SQL plan the run records, for docs/search-plans.md. */
interface ExplainedScenario {

	/** A Markdown section: the scenario's first query and {@code EXPLAIN (ANALYZE, BUFFERS)} of its statement. */
	String explain(Stage stage) throws Exception;

}
