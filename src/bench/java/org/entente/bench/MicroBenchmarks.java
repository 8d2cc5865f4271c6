package org.entente.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of {@code org.entente.bench.micro} after the scenarios, with the application
 * stopped, in forked JVMs; short iterations, as these guard against regressions of the hot paths rather than
 * settle the last per cent.
 */
final class MicroBenchmarks {

	private MicroBenchmarks() {
	}

	static List<Map<String, Object>> run(BenchSettings settings, Path runDirectory, Progress progress) throws Exception {
		Path log = runDirectory.resolve("jmh.log");
		progress.say("Micro-benchmarks (JMH, 1 fork, 3 × 1 s warm-up, 3 × 1 s measurement); JMH's own output in " + log);
		Options options = new OptionsBuilder().include(settings.microBenchmarkPattern())
			.forks(1)
			.warmupIterations(3)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(3)
			.measurementTime(TimeValue.seconds(1))
			.jvmArgsAppend("-Xmx2g")
			.output(log.toString())
			.build();
		Collection<RunResult> runs = new Runner(options).run();
		List<Map<String, Object>> results = new ArrayList<>();
		StringBuilder table = new StringBuilder();
		for (RunResult run : runs) {
			Map<String, Object> result = new LinkedHashMap<>();
			String name = run.getParams().getBenchmark().replace("org.entente.bench.micro.", "");
			Map<String, String> parameters = new LinkedHashMap<>();
			for (String key : run.getParams().getParamsKeys()) {
				parameters.put(key, run.getParams().getParam(key));
			}
			result.put("benchmark", name);
			result.put("parameters", parameters);
			result.put("score", run.getPrimaryResult().getScore());
			result.put("error", run.getPrimaryResult().getScoreError());
			result.put("unit", run.getPrimaryResult().getScoreUnit());
			results.add(result);
			table.append(String.format(Locale.ROOT, "  %-60s %12.3f ± %8.3f %s%n", name + (parameters.isEmpty() ? "" : " " + parameters),
					run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError(),
					run.getPrimaryResult().getScoreUnit()));
		}
		progress.say(table.toString());
		return results;
	}

}
