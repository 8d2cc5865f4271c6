package org.entente.bench.micro;

import java.util.concurrent.TimeUnit;

import org.entente.geo.Coordinate;
import org.entente.geo.Sanitisation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link Sanitisation#sanitise(double, double, double)} at the default 1 km; done once per location at write. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SanitisationBenchmark {

	// Fields rather than constants, so that the JIT cannot fold the computation away.
	public double latitude = 33.31521;

	public double longitude = 44.36612;

	@Benchmark
	public Coordinate sanitise() {
		return Sanitisation.sanitise(this.latitude, this.longitude, Sanitisation.DEFAULT_PRECISION_METERS);
	}

}
