package org.entente.bench;

/**
 * What was measured of one side of a scenario (the application or its baseline).
 *
 * @param count operations (requests, or reports for ingest)
 * @param errors operations that failed
 * @param p50 median duration of one operation in milliseconds, null when not meaningful
 * @param p95 95th percentile in milliseconds, or null
 * @param p99 99th percentile in milliseconds, or null
 * @param rate operations per second of wall time
 */
record Figure(long count, long errors, Double p50, Double p95, Double p99, double rate) {

	/** A figure of throughput only: {@code count} items in {@code elapsedNanos}. */
	static Figure throughput(long count, long errors, long elapsedNanos) {
		return new Figure(count, errors, null, null, null, count * 1e9 / elapsedNanos);
	}

}
