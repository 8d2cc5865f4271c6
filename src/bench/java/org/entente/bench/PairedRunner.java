package org.entente.bench;

/**
 * Runs an operation through the application and the same operation as bare SQL one after the other, query by
 * query, alternating which goes first: both sides then meet the same caches and the same load on a shared
 * machine, which two runs one after the other do not (the second would find the pages the first read). The
 * figures are the ratio's two sides.
 */
final class PairedRunner {

	private PairedRunner() {
	}

	/**
	 * Performs {@code warmUp} unmeasured pairs on queries {@code count} to {@code count + warmUp - 1}, then
	 * {@code count} measured pairs on queries 0 to {@code count - 1}.
	 */
	static Pair run(String label, int warmUp, int count, Progress progress, LoadRunner.Worker application,
			LoadRunner.Worker baseline) throws Exception {
		try (application; baseline) {
			perform(label + " (warm-up)", count, warmUp, progress, application, baseline);
			return perform(label, 0, count, progress, application, baseline);
		}
	}

	private static Pair perform(String label, int first, int count, Progress progress, LoadRunner.Worker application,
			LoadRunner.Worker baseline) {
		Latencies applicationLatencies = new Latencies();
		Latencies baselineLatencies = new Latencies();
		long[] elapsed = new long[2];
		progress.start(label + ", application and SQL in turn", count);
		for (int i = 0; i < count; i++) {
			int index = first + i;
			if (i % 2 == 0) {
				elapsed[0] += time(application, index, applicationLatencies, progress);
				elapsed[1] += time(baseline, index, baselineLatencies, progress);
			}
			else {
				elapsed[1] += time(baseline, index, baselineLatencies, progress);
				elapsed[0] += time(application, index, applicationLatencies, progress);
			}
			progress.advance(1);
		}
		progress.finish();
		return new Pair(applicationLatencies.figure(elapsed[0]), baselineLatencies.figure(elapsed[1]));
	}

	private static long time(LoadRunner.Worker worker, int index, Latencies latencies, Progress progress) {
		long began = System.nanoTime();
		try {
			worker.perform(index);
			long duration = System.nanoTime() - began;
			latencies.record(duration);
			return duration;
		}
		catch (Exception exception) {
			latencies.error();
			progress.error(exception);
			return System.nanoTime() - began;
		}
	}

	/** The application's figure and its baseline's, each with its rate over its own time only. */
	record Pair(Figure application, Figure baseline) {
	}

}
