package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistanceTests {

	@Test
	void oneDegreeOfLongitudeAtTheEquatorIsTheWgs84Value() {
		// a * pi / 180 with a = 6 378 137 m, the WGS84 semi-major axis.
		assertThat(Distance.geodesicMeters(0, 0, 0, 1)).isCloseTo(111_319.4908, within(1e-3));
	}

	@Test
	void poleToPoleAlongAMeridianIsTwiceTheQuarterMeridian() {
		// WGS84 quarter meridian 10 001 965.729 m.
		assertThat(Distance.geodesicMeters(90, 0, -90, 0)).isCloseTo(20_003_931.459, within(1e-2));
	}

	@Test
	void crossesTheAntimeridianTheShortWay() {
		assertThat(Distance.geodesicMeters(0, 179.5, 0, -179.5)).isCloseTo(111_319.4908, within(1e-3));
	}

	@Test
	void nearlyAntipodalPointsConverge() {
		assertThat(Distance.geodesicMeters(0, 0, 0.5, 179.7)).isBetween(19_900_000.0, 20_010_000.0);
	}

	@Test
	void coordinatesAreMeasuredByTheirPoints() {
		Coordinate baghdad = CoordinateParser.parse("33.315, 44.366");
		Coordinate paris = CoordinateParser.parse("48.8566, 2.3522");

		assertThat(Distance.geodesicMeters(baghdad, paris)).isCloseTo(3_860_000, within(30_000.0));
		assertThat(Distance.geodesicMeters(baghdad, baghdad)).isZero();
	}

	@Test
	void refusesPointsOffTheGlobe() {
		assertThatIllegalArgumentException().isThrownBy(() -> Distance.geodesicMeters(91, 0, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Distance.geodesicMeters(0, 0, 0, Double.NaN));
	}

}
