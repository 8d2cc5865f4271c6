package org.entente.bench;

import java.util.Arrays;

/**
 * The durations of one scenario's operations, kept whole (a few thousand longs) so that percentiles are exact
 * rather than estimated.
 */
final class Latencies {

	private long[] nanos = new long[1024];

	private int count;

	private int errors;

	synchronized void record(long durationNanos) {
		if (this.count == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.count * 2);
		}
		this.nanos[this.count++] = durationNanos;
	}

	synchronized void error() {
		this.errors++;
	}

	synchronized int count() {
		return this.count;
	}

	synchronized int errors() {
		return this.errors;
	}

	/** The figure of these operations, {@code elapsedNanos} being the wall time they took together. */
	synchronized Figure figure(long elapsedNanos) {
		long[] sorted = Arrays.copyOf(this.nanos, this.count);
		Arrays.sort(sorted);
		double rate = (elapsedNanos > 0) ? this.count * 1e9 / elapsedNanos : 0;
		return new Figure(this.count, this.errors, milliseconds(sorted, 0.50), milliseconds(sorted, 0.95),
				milliseconds(sorted, 0.99), rate);
	}

	/** Nearest-rank percentile: the smallest value with at least {@code fraction} of the values at or below it. */
	private static Double milliseconds(long[] sorted, double fraction) {
		if (sorted.length == 0) {
			return null;
		}
		int rank = (int) Math.ceil(fraction * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

}
