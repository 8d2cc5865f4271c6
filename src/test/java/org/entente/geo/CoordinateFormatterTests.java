package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class CoordinateFormatterTests {

	@Test
	void decimalDegreesHaveFiveDecimalsAndSigns() {
		assertThat(CoordinateFormatter.decimalDegrees(33.315, 44.366)).isEqualTo("33.31500, 44.36600");
		assertThat(CoordinateFormatter.decimalDegrees(-33.3, -70.6)).isEqualTo("-33.30000, -70.60000");
	}

	@Test
	void degreesMinutesSecondsHaveTenthsOfASecondAndHemispheres() {
		assertThat(CoordinateFormatter.degreesMinutesSeconds(33.315, 44.366)).isEqualTo("33°18'54.0\"N 44°21'57.6\"E");
		assertThat(CoordinateFormatter.degreesMinutesSeconds(-33.315, -44.366)).isEqualTo("33°18'54.0\"S 44°21'57.6\"W");
	}

	@Test
	void roundingCarriesIntoTheNextMinuteAndDegreeInsteadOfWritingSixty() {
		assertThat(CoordinateFormatter.degreesMinutesSeconds(10.999999, 0)).isEqualTo("11°00'00.0\"N 0°00'00.0\"E");
		assertThat(CoordinateFormatter.degreesDecimalMinutes(10.9999999, 0)).isEqualTo("11°00.000'N 0°00.000'E");
	}

	@Test
	void degreesDecimalMinutesHaveThousandthsOfAMinute() {
		assertThat(CoordinateFormatter.degreesDecimalMinutes(33.315, 44.366)).isEqualTo("33°18.900'N 44°21.960'E");
	}

	@Test
	void mgrsIsTheSquareContainingThePointWithoutSpaces() {
		assertThat(CoordinateFormatter.mgrs(33.3296996, 44.3982864, 5)).isEqualTo("38SMB4400088000");
		assertThat(CoordinateFormatter.mgrs(33.3296996, 44.3982864, 2)).isEqualTo("38SMB4488");
		assertThat(CoordinateFormatter.mgrs(21.3094782, -157.9168189, 4)).isEqualTo("4QFJ12345678");
	}

	@Test
	void mgrsFollowsTheNorwayAndSvalbardExceptions() {
		assertThat(CoordinateFormatter.mgrs(60, 5, 1)).startsWith("32V");
		assertThat(CoordinateFormatter.mgrs(79, 10, 1)).startsWith("33X");
	}

	@Test
	void mgrsAndUtmRefuseThePolarRegions() {
		assertThatIllegalArgumentException().isThrownBy(() -> CoordinateFormatter.mgrs(84.001, 0, 5))
			.withMessageContaining("UPS");
		assertThatIllegalArgumentException().isThrownBy(() -> CoordinateFormatter.utm(-80.001, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> CoordinateFormatter.mgrs(0, 0, 6));
	}

	@Test
	void utmHasZoneHemisphereAndWholeMetres() {
		assertThat(CoordinateFormatter.utm(33.3296996, 44.3982864)).isEqualTo("38N 444000 3688000");
		assertThat(CoordinateFormatter.utm(-33.86, 151.21)).startsWith("56S ");
	}

	@Test
	void outputDoesNotDependOnTheDefaultLocale() {
		Locale original = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
			assertThat(CoordinateFormatter.decimalDegrees(33.315, 44.366)).isEqualTo("33.31500, 44.36600");
			assertThat(CoordinateFormatter.mgrs(33.3296996, 44.3982864, 5)).isEqualTo("38SMB4400088000");
			assertThat(CoordinateFormatter.utm(33.3296996, 44.3982864)).isEqualTo("38N 444000 3688000");
		}
		finally {
			Locale.setDefault(original);
		}
	}

	@Test
	void formatWritesACoordinateInItsOwnNotationAndPrecision() {
		assertThat(CoordinateFormatter.format(CoordinateParser.parse("38SMB4488"))).isEqualTo("38SMB4488");
		assertThat(CoordinateFormatter.format(CoordinateParser.parse("331854N 0442158E")))
			.isEqualTo("33°18'54.0\"N 44°21'58.0\"E");
	}

	@Test
	void refusesPointsOffTheGlobe() {
		assertThatIllegalArgumentException().isThrownBy(() -> CoordinateFormatter.decimalDegrees(90.5, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> CoordinateFormatter.degreesMinutesSeconds(0, Double.NaN));
	}

}
