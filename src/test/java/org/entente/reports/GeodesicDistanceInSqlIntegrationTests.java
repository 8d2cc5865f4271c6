package org.entente.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.entente.IntegrationTest;
import org.entente.geo.Distance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Radius searches measure in SQL with Andoyer's formula (V6__search.sql) because Karney's algorithm is not
 * available there; here is how far it strays from Karney's (GeographicLib) over random pairs of points.
 */
@IntegrationTest
class GeodesicDistanceInSqlIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void sqlDistanceIsWithinTwoHundredThousandthsOfKarneysBelowTenThousandKilometres() {
		SplittableRandom random = new SplittableRandom(20261129);
		double worst = 0;
		for (double[] pair : pairs(random, 2_000)) {
			double karney = Distance.geodesicMeters(pair[0], pair[1], pair[2], pair[3]);
			if (karney > 10_000_000) {
				continue;
			}
			double andoyer = sql(pair);
			worst = Math.max(worst, Math.abs(andoyer - karney) / Math.max(karney, 1));
		}
		assertThat(worst).isLessThan(2e-5);
	}

	@Test
	void shortDistancesAgreeToTwoCentimetresAKilometre() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 500; i++) {
			double latitude = random.nextDouble(-89.9, 89.9);
			double longitude = random.nextDouble(-180, 180);
			double[] pair = { latitude, longitude, latitude + random.nextDouble(-0.01, 0.01),
					wrap(longitude + random.nextDouble(-0.01, 0.01)) };
			double karney = Distance.geodesicMeters(pair[0], pair[1], pair[2], pair[3]);
			assertThat(sql(pair)).as("%s,%s to %s,%s", pair[0], pair[1], pair[2], pair[3]).isCloseTo(karney,
					within(Math.max(karney * 2e-5, 1e-6)));
		}
	}

	@Test
	void samePointIsZeroAndAntipodesAreWithinTwoTenthsOfAPercent() {
		assertThat(sql(new double[] { 12.5, 45.25, 12.5, 45.25 })).isZero();
		// Andoyer's formula is at its worst at the antipodes, where the geodesic leaves the equator for a pole.
		assertThat(sql(new double[] { 0, 0, 0, 180 })).isCloseTo(20_003_931.46, within(20_003_931.46 * 2e-3));
	}

	private double sql(double[] pair) {
		return this.jdbc.sql("select entente_geodesic_meters(?, ?, ?, ?)")
			.params(pair[0], pair[1], pair[2], pair[3])
			.query(Double.class)
			.single();
	}

	private static List<double[]> pairs(SplittableRandom random, int count) {
		List<double[]> pairs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			pairs.add(new double[] { random.nextDouble(-90, 90), random.nextDouble(-180, 180), random.nextDouble(-90, 90),
					random.nextDouble(-180, 180) });
		}
		return pairs;
	}

	private static double wrap(double longitude) {
		return Math.IEEEremainder(longitude, 360);
	}

}
