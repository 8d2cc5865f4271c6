package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

import org.entente.geo.GlobePoints.GlobePoint;
import org.junit.jupiter.api.Test;

class SanitisationTests {

	@Property(tries = 1000)
	void theSanitisedPointLiesWithinItsPrecisionOfTheOriginal(@ForAll("anywhere") GlobePoint point,
			@ForAll @DoubleRange(min = 10, max = 100_000) double precisionMeters) {
		Coordinate sanitised = Sanitisation.sanitise(point.latitude(), point.longitude(), precisionMeters);

		assertThat(Distance.geodesicMeters(point.latitude(), point.longitude(), sanitised.latitude(),
				sanitised.longitude()))
			.isLessThanOrEqualTo(sanitised.precisionMeters());
		assertThat(sanitised.precisionMeters()).isGreaterThanOrEqualTo(precisionMeters);
	}

	@Property(tries = 1000)
	void sanitisingTwiceChangesNothingSoEveryPointOfACellGivesItsCentre(@ForAll("anywhere") GlobePoint point) {
		Coordinate once = Sanitisation.sanitise(point.latitude(), point.longitude(), 1000);

		Coordinate twice = Sanitisation.sanitise(once.latitude(), once.longitude(), 1000);

		assertThat(twice).isEqualTo(once);
	}

	@Test
	void nearbyPointsInOneCellGiveTheSameAnswer() {
		Coordinate first = Sanitisation.sanitise(33.3150, 44.3660, 1000);
		Coordinate second = Sanitisation.sanitise(33.3151, 44.3661, 1000);

		assertThat(second).isEqualTo(first);
		assertThat(first.latitude()).isNotEqualTo(33.315);
	}

	@Test
	void theCellIsAboutTheRequestedSize() {
		Coordinate sanitised = Sanitisation.sanitise(33.315, 44.366, 1000);

		assertThat(sanitised.precisionMeters()).isBetween(1000.0, 1010.0);
		assertThat(sanitised.format()).isEqualTo(CoordinateFormat.DECIMAL_DEGREES);
	}

	@Test
	void bothSidesOfTheAntimeridianAreOneMeridian() {
		assertThat(Sanitisation.sanitise(10, 180, 1000)).isEqualTo(Sanitisation.sanitise(10, -180, 1000));
		assertThat(Sanitisation.sanitise(10, 179.99999, 1000).longitude()).isBetween(-180.0, 180.0);
	}

	@Test
	void polesStayOnTheGlobeWithAFiniteCell() {
		Coordinate north = Sanitisation.sanitise(90, 45, 1000);
		Coordinate south = Sanitisation.sanitise(-90, -45, 1000);

		assertThat(north.latitude()).isBetween(89.99, 90.0);
		assertThat(south.latitude()).isBetween(-90.0, -89.99);
		assertThat(north.precisionMeters()).isLessThan(2000);
		assertThat(Sanitisation.sanitise(90, 0, 1000)).isEqualTo(Sanitisation.sanitise(90, 1, 1000));
	}

	@Test
	void aCoordinateKeepsTheCoarserPrecisionAndItsFormat() {
		Coordinate coarse = CoordinateParser.parse("33.3N 44.4E");
		Coordinate fine = CoordinateParser.parse("38SMB4400088000");

		assertThat(Sanitisation.sanitise(coarse).precisionMeters()).isEqualTo(coarse.precisionMeters());
		assertThat(Sanitisation.sanitise(fine).precisionMeters()).isBetween(1000.0, 1010.0);
		assertThat(Sanitisation.sanitise(fine).format()).isEqualTo(CoordinateFormat.MGRS);
	}

	@Test
	void refusesPrecisionsThatAreNotAGrid() {
		assertThatIllegalArgumentException().isThrownBy(() -> Sanitisation.sanitise(0, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Sanitisation.sanitise(0, 0, Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> Sanitisation.sanitise(0, 0, 1e9));
		assertThatIllegalArgumentException().isThrownBy(() -> Sanitisation.sanitise(91, 0, 1000));
	}

	@Provide
	Arbitrary<GlobePoint> anywhere() {
		return GlobePoints.anywhere();
	}

}
