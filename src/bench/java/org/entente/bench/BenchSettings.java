package org.entente.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * What one run of the harness does, from system properties that the {@code bench} Maven profile passes on
 * ({@code -Dbench.sizes=10000,100000} and so on; see docs/performance.md).
 *
 * @param jar the application jar to start
 * @param appVersion the version of the application, for the results file
 * @param sizes the data set sizes in reports, grown in this order on one database
 * @param microBenchmarks whether to run the JMH benchmarks after the scenarios
 * @param microBenchmarkPattern the JMH include pattern
 * @param soak how long to run the soak scenario after the last size; zero for none
 * @param soakRate the soak's fixed rate, in operations per second
 * @param flightRecorder whether the application runs with a JFR recording, to see what limits a figure
 * @param appHeap the application's maximum heap, as {@code -Xmx} takes it
 * @param results the directory the results files go to
 * @param scenarios the groups of scenarios to run after each size's bulk ingest ({@link #GROUPS}), so that one
 * part can be measured again without the rest
 * @param searchSize when positive, the run loads this many generated reports straight into the tables and runs
 * only the search scenarios on them, instead of growing the sizes through the bulk API
 * @param searchScenarios the search scenarios to run (SearchShape names, MAP); empty for all
 */
record BenchSettings(Path jar, String appVersion, List<Integer> sizes, boolean microBenchmarks,
		String microBenchmarkPattern, Duration soak, int soakRate, boolean flightRecorder, String appHeap,
		Path results, Set<String> scenarios, int searchSize, List<String> searchScenarios) {

	static final Set<String> GROUPS = Set.of("submit", "read", "list", "stream", "webhooks");

	BenchSettings {
		requireNonNull(jar, "jar is null");
		requireNonNull(sizes, "sizes is null");
		if (sizes.isEmpty() || sizes.stream().anyMatch((size) -> size <= 0)) {
			throw new IllegalArgumentException("bench.sizes must name one or more positive sizes: " + sizes);
		}
		for (int i = 1; i < sizes.size(); i++) {
			if (sizes.get(i) <= sizes.get(i - 1)) {
				throw new IllegalArgumentException("bench.sizes must grow, since each size adds to the last: " + sizes);
			}
		}
		if (!GROUPS.containsAll(scenarios)) {
			throw new IllegalArgumentException("bench.scenarios must name some of " + GROUPS + " (or all): " + scenarios);
		}
	}

	static BenchSettings fromSystemProperties() {
		return new BenchSettings(Path.of(property("bench.jar", "target/entente.jar")),
				property("bench.app.version", "unknown"), sizes(property("bench.sizes", "10000,100000")),
				Boolean.parseBoolean(property("bench.jmh", "true")),
				property("bench.jmh.include", "org.entente.bench.micro"), Duration.parse(property("bench.soak", "PT0S")),
				Integer.parseInt(property("bench.soak.rate", "20")),
				Boolean.parseBoolean(property("bench.jfr", "false")), property("bench.app.heap", "1g"),
				Path.of(property("bench.results", "bench/results")), scenarios(property("bench.scenarios", "all")),
				Integer.parseInt(property("bench.search", "0")), names(property("bench.search.scenarios", "")));
	}

	/** Whether the scenarios of this group run. */
	boolean runs(String group) {
		return this.scenarios.contains(group);
	}

	/** The settings that shape the figures, for the results file. */
	Map<String, Object> description() {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("jar", this.jar.toAbsolutePath().toString());
		description.put("sizes", this.sizes);
		description.put("appHeap", this.appHeap);
		description.put("flightRecorder", this.flightRecorder);
		description.put("soak", this.soak.toString());
		description.put("soakRate", this.soakRate);
		description.put("microBenchmarks", this.microBenchmarks);
		description.put("scenarios", this.scenarios.stream().sorted().toList());
		description.put("searchSize", this.searchSize);
		description.put("searchScenarios", this.searchScenarios);
		return description;
	}

	boolean searchesOnly() {
		return this.searchSize > 0;
	}

	boolean soaks() {
		return !this.soak.isZero();
	}

	private static List<String> names(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter((name) -> !name.isEmpty()).toList();
	}

	private static List<Integer> sizes(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
	}

	private static Set<String> scenarios(String text) {
		if (text.strip().equals("all")) {
			return GROUPS;
		}
		return Arrays.stream(text.split(",")).map(String::strip).collect(Collectors.toSet());
	}

	/** Maven passes an unset property on as its literal name, so blank and "${...}" mean "not given". */
	private static String property(String name, String otherwise) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank() || value.startsWith("${")) ? otherwise : value;
	}

}
