package org.entente.bench.micro;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.entente.geo.Coordinate;
import org.entente.geo.CoordinateParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@link CoordinateParser#parse} of one coordinate in each notation; every location of every report takes it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CoordinateParsingBenchmark {

	private static final Map<String, String> TEXTS = Map.of("decimal", "33.3152, 44.3661", "minutes",
			"33°18.912'N 44°21.966'E", "seconds", "33°18'54.7\"N 44°21'58.0\"E", "mgrs", "38SMB4488", "utm",
			"38N 444000 3688000");

	@Param({ "decimal", "minutes", "seconds", "mgrs", "utm" })
	public String notation;

	private String text;

	@Setup
	public void choose() {
		this.text = TEXTS.get(this.notation);
	}

	@Benchmark
	public Coordinate parse() {
		return CoordinateParser.parse(this.text);
	}

}
