package org.entente.bench;

/**
 * How a scenario's headline ratio compares it with its baseline, each as the design's measured goals phrase it.
 */
enum Comparison {

	/** Ingest: the application's rate over the baseline's (the goal: at least 0.5 of COPY). */
	RATE {
		@Override
		Double ratio(Figure application, Figure baseline) {
			return (baseline.rate() > 0) ? application.rate() / baseline.rate() : null;
		}

		@Override
		String label() {
			return "rate ratio";
		}
	},

	/** Reads and submissions: the application's p95 over the baseline's (the goal for search: at most 1.5). */
	P95 {
		@Override
		Double ratio(Figure application, Figure baseline) {
			return (application.p95() != null && baseline.p95() != null && baseline.p95() > 0)
					? application.p95() / baseline.p95() : null;
		}

		@Override
		String label() {
			return "p95 ratio";
		}
	},

	/** Submit to SSE receipt: the application's p99 over the bare round trip's (the goal: p99 under 50 ms). */
	P99 {
		@Override
		Double ratio(Figure application, Figure baseline) {
			return (application.p99() != null && baseline.p99() != null && baseline.p99() > 0)
					? application.p99() / baseline.p99() : null;
		}

		@Override
		String label() {
			return "p99 ratio";
		}
	};

	abstract Double ratio(Figure application, Figure baseline);

	abstract String label();

}
