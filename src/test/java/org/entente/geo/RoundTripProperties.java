package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.entente.geo.GlobePoints.GlobePoint;

/**
 * {@code parse(format(point))} lies within the stated precision of the point, for every notation.
 */
class RoundTripProperties {

	@Property(tries = 1000)
	void decimalDegreesComeBackWithinTheirPrecision(@ForAll("anywhere") GlobePoint point) {
		String text = CoordinateFormatter.decimalDegrees(point.latitude(), point.longitude());

		assertComesBackWithinPrecision(point, text, CoordinateFormat.DECIMAL_DEGREES);
	}

	@Property(tries = 1000)
	void degreesDecimalMinutesComeBackWithinTheirPrecision(@ForAll("anywhere") GlobePoint point) {
		String text = CoordinateFormatter.degreesDecimalMinutes(point.latitude(), point.longitude());

		assertComesBackWithinPrecision(point, text, CoordinateFormat.DEGREES_DECIMAL_MINUTES);
	}

	@Property(tries = 1000)
	void degreesMinutesSecondsComeBackWithinTheirPrecision(@ForAll("anywhere") GlobePoint point) {
		String text = CoordinateFormatter.degreesMinutesSeconds(point.latitude(), point.longitude());

		assertComesBackWithinPrecision(point, text, CoordinateFormat.DEGREES_MINUTES_SECONDS);
	}

	@Property(tries = 1000)
	void mgrsComesBackWithinItsSquare(@ForAll("utmDomain") GlobePoint point,
			@ForAll @IntRange(min = 1, max = 5) int digits) {
		String text = CoordinateFormatter.mgrs(point.latitude(), point.longitude(), digits);

		Coordinate parsed = assertComesBackWithinPrecision(point, text, CoordinateFormat.MGRS);
		assertThat(parsed.precisionMeters()).isEqualTo(Math.pow(10, 5 - digits));
	}

	@Property(tries = 1000)
	void utmComesBackWithinAMetre(@ForAll("utmDomain") GlobePoint point) {
		String text = CoordinateFormatter.utm(point.latitude(), point.longitude());

		Coordinate parsed = assertComesBackWithinPrecision(point, text, CoordinateFormat.UTM);
		assertThat(parsed.precisionMeters()).isEqualTo(1);
	}

	@Property(tries = 300)
	void formattingInTheGivenNotationComesBackAlike(@ForAll("utmDomain") GlobePoint point) {
		for (CoordinateFormat format : CoordinateFormat.values()) {
			Coordinate coordinate = new Coordinate(point.latitude(), point.longitude(), 1, format);

			Coordinate parsed = CoordinateParser.parse(CoordinateFormatter.format(coordinate));

			assertThat(parsed.format()).isEqualTo(format);
			assertThat(Distance.geodesicMeters(coordinate, parsed)).isLessThanOrEqualTo(parsed.precisionMeters());
		}
	}

	@Provide
	Arbitrary<GlobePoint> anywhere() {
		return GlobePoints.anywhere();
	}

	@Provide
	Arbitrary<GlobePoint> utmDomain() {
		return GlobePoints.utmDomain();
	}

	private static Coordinate assertComesBackWithinPrecision(GlobePoint point, String text, CoordinateFormat format) {
		Coordinate parsed = CoordinateParser.parse(text);

		assertThat(parsed.format()).as(text).isEqualTo(format);
		assertThat(Distance.geodesicMeters(point.latitude(), point.longitude(), parsed.latitude(), parsed.longitude()))
			.as("%s from (%s, %s)", text, point.latitude(), point.longitude())
			.isLessThanOrEqualTo(parsed.precisionMeters());
		return parsed;
	}

}
