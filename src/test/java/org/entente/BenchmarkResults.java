package org.entente;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The results file of a benchmark in the test sources: {@code bench/results/<name>-<time>.json}. */
public final class BenchmarkResults {

	private BenchmarkResults() {
	}

	/** Writes the benchmark's name, the time and the results, in their order; answers the file. */
	public static Path write(String name, Map<String, ?> results) throws IOException {
		Instant now = Instant.now();
		String time = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(now);
		Path file = Files.createDirectories(Path.of("bench", "results")).resolve(name + "-" + time + ".json");
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("benchmark", name);
		document.put("time", now.toString());
		document.putAll(results);
		Files.writeString(file, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(document));
		System.out.println("written to " + file);
		return file;
	}

}
