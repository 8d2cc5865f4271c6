package org.entente.bench.micro;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.erdtman.jcs.JsonCanonicalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 8785 canonical JSON of a {@code report.submitted} ledger event, done as
 * {@code org.entente.ledger.internal.CanonicalJson} does it (Jackson, then {@link JsonCanonicalizer}); that
 * class is internal to its module, so its two lines are repeated here. Every ledger entry takes it twice (the
 * event, and the digest of the content).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CanonicalJsonBenchmark {

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final Map<String, Object> event = event();

	@Benchmark
	public String canonical() throws IOException {
		return new JsonCanonicalizer(this.mapper.writeValueAsString(this.event)).getEncodedString();
	}

	private static Map<String, Object> event() {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("report", "0b6f2f4e-5f0e-4d0c-9d3a-3c1b2a7e9f10");
		event.put("reference", "ALPHA-2026-01234");
		event.put("originator", "ALPHA");
		event.put("version", 1);
		event.put("handling", "AMBER");
		event.put("releasableTo", List.of(Map.of("member", "BRAVO", "detail", "full"),
				Map.of("member", "CHARLIE", "detail", "sanitized")));
		event.put("locations", 3);
		event.put("contentSha256", "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=");
		return event;
	}

}
