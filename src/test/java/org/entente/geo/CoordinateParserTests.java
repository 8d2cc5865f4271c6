package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinateParserTests {

	/** 33°18'54"N 44°21'58"E, the running example of the brief, in decimal degrees. */
	private static final double LATITUDE = 33.315;

	private static final double LONGITUDE = 44 + 21 / 60.0 + 58 / 3600.0;

	@Nested
	class DecimalDegrees {

		@ParameterizedTest
		@ValueSource(strings = { "33.315, 44.366", "33.315 44.366", "33.315,44.366", "33.315; 44.366", "33.315N 44.366E",
				"N33.315 E44.366", "33.315° N, 44.366° E", "+33.315 +44.366", "  33.315, 44.366\t\n",
				"33.315\u00a044.366", "33.315n 44.366e", "44.366E 33.315N" })
		void readsEveryCommonSpelling(String text) {
			Coordinate coordinate = CoordinateParser.parse(text);

			assertThat(coordinate.latitude()).isEqualTo(33.315);
			assertThat(coordinate.longitude()).isEqualTo(44.366);
			assertThat(coordinate.format()).isEqualTo(CoordinateFormat.DECIMAL_DEGREES);
		}

		@Test
		void signsAndSouthWestLettersGiveNegativeValues() {
			assertThat(CoordinateParser.parse("-33.3 151.2")).extracting(Coordinate::latitude, Coordinate::longitude)
				.containsExactly(-33.3, 151.2);
			assertThat(CoordinateParser.parse("33.3S 70.6W")).extracting(Coordinate::latitude, Coordinate::longitude)
				.containsExactly(-33.3, -70.6);
			assertThat(CoordinateParser.parse("33.3s 151.2e")).extracting(Coordinate::latitude)
				.isEqualTo(-33.3);
		}

		@Test
		void frenchDecimalCommasAndOuestAreReadWhenUnambiguous() {
			Coordinate paris = CoordinateParser.parse("48,8566 N 2,3522 E");
			Coordinate brest = CoordinateParser.parse("48,3904 N 4,4861 O");

			assertThat(paris).extracting(Coordinate::latitude, Coordinate::longitude).containsExactly(48.8566, 2.3522);
			assertThat(brest).extracting(Coordinate::latitude, Coordinate::longitude).containsExactly(48.3904, -4.4861);
			assertThat(CoordinateParser.parse("48,8566, 2,3522").longitude()).isEqualTo(2.3522);
		}

		@Test
		void aCommaBetweenWholeNumbersSeparatesLatitudeFromLongitude() {
			assertThat(CoordinateParser.parse("33,44")).extracting(Coordinate::latitude, Coordinate::longitude)
				.containsExactly(33.0, 44.0);
		}

		@Test
		void precisionIsTheLatitudeLengthOfTheLastDecimal() {
			assertThat(CoordinateParser.parse("33 44").precisionMeters()).isCloseTo(111_320, within(1e-6));
			assertThat(CoordinateParser.parse("33.3 44.4").precisionMeters()).isCloseTo(11_132, within(1e-6));
			assertThat(CoordinateParser.parse("33.315 44.366").precisionMeters()).isCloseTo(111.32, within(1e-6));
			assertThat(CoordinateParser.parse("33.31512 44.36634").precisionMeters()).isCloseTo(1.1132, within(1e-9));
			assertThat(CoordinateParser.parse("33.31512345 44.36634567").precisionMeters())
				.isCloseTo(0.11132, within(1e-9));
		}

		@Test
		void theCoarserOfLatitudeAndLongitudeSetsThePrecision() {
			assertThat(CoordinateParser.parse("33.3 44.36612").precisionMeters()).isCloseTo(11_132, within(1e-6));
		}

		@Test
		void polesAndAntimeridianAreAccepted() {
			assertThat(CoordinateParser.parse("90, 180").longitude()).isEqualTo(180);
			assertThat(CoordinateParser.parse("-90, -180").latitude()).isEqualTo(-90);
		}

	}

	@Nested
	class DegreesDecimalMinutes {

		@Test
		void minutesWithDecimalsAndMarks() {
			Coordinate coordinate = CoordinateParser.parse("33°18.9'N 44°21.97'E");

			assertThat(coordinate.latitude()).isCloseTo(LATITUDE, within(1e-12));
			assertThat(coordinate.longitude()).isCloseTo(44 + 21.97 / 60, within(1e-12));
			assertThat(coordinate.format()).isEqualTo(CoordinateFormat.DEGREES_DECIMAL_MINUTES);
			// The latitude has one decimal of a minute, the coarser of the two.
			assertThat(coordinate.precisionMeters()).isCloseTo(111_320 / 60.0 / 10, within(1e-9));
		}

		@Test
		void hemisphereFirstWithoutMarks() {
			Coordinate coordinate = CoordinateParser.parse("N33 18.900 E044 21.966");

			assertThat(coordinate.latitude()).isCloseTo(LATITUDE, within(1e-12));
			assertThat(coordinate.longitude()).isCloseTo(44 + 21.966 / 60, within(1e-12));
		}

		@Test
		void wholeMinutesArePreciseToAboutEighteenHundredMetres() {
			assertThat(CoordinateParser.parse("33°18'N 44°21'E").precisionMeters()).isCloseTo(1855.33, within(0.01));
		}

	}

	@Nested
	class DegreesMinutesSeconds {

		@ParameterizedTest
		@ValueSource(strings = { "33°18'54\"N 44°21'58\"E", "33°18′54″N 44°21′58″E", "33 18 54 N 44 21 58 E",
				"33º18'54\"N 44º21'58\"E", "33d18m54sN 44d21m58sE", "33°18'54''N 44°21'58''E", "N 33°18'54\" E 44°21'58\"",
				"33°18’54”N 44°21’58”E", "33 18 54, 44 21 58" })
		void readsEveryCommonSpelling(String text) {
			Coordinate coordinate = CoordinateParser.parse(text);

			assertThat(coordinate.latitude()).isCloseTo(LATITUDE, within(1e-12));
			assertThat(coordinate.longitude()).isCloseTo(LONGITUDE, within(1e-12));
			assertThat(coordinate.format()).isEqualTo(CoordinateFormat.DEGREES_MINUTES_SECONDS);
			assertThat(coordinate.precisionMeters()).isCloseTo(30.92, within(0.01));
		}

		@Test
		void militaryCompactDmsParsesToTheSameSecond() {
			Coordinate compact = CoordinateParser.parse("331854N 0442158E");
			Coordinate spelled = CoordinateParser.parse("33°18'54\"N 44°21'58\"E");

			assertThat(compact).isEqualTo(spelled);
		}

		@Test
		void decimalSecondsRefineThePrecision() {
			Coordinate coordinate = CoordinateParser.parse("N 33°18'54.5\" E 44°21'58.1\"");

			assertThat(coordinate.latitude()).isCloseTo(33 + 18 / 60.0 + 54.5 / 3600, within(1e-12));
			assertThat(coordinate.longitude()).isCloseTo(44 + 21 / 60.0 + 58.1 / 3600, within(1e-12));
			assertThat(coordinate.precisionMeters()).isCloseTo(3.09, within(0.01));
			assertThat(CoordinateParser.parse("331854.5N 0442158.1E")).isEqualTo(coordinate);
		}

		@Test
		void southAndWestAreNegative() {
			Coordinate coordinate = CoordinateParser.parse("33°18'54\"S 44°21'58\"W");

			assertThat(coordinate.latitude()).isCloseTo(-LATITUDE, within(1e-12));
			assertThat(coordinate.longitude()).isCloseTo(-LONGITUDE, within(1e-12));
		}

	}

	@Nested
	class Mgrs {

		@Test
		void returnsTheCentreOfTheSquareWithItsSideAsPrecision() {
			Coordinate square = CoordinateParser.parse("38SMB4488");
			Coordinate southWestCorner = CoordinateParser.parse("38SMB4400088000");

			assertThat(square.format()).isEqualTo(CoordinateFormat.MGRS);
			assertThat(square.precisionMeters()).isEqualTo(1000);
			assertThat(southWestCorner.precisionMeters()).isEqualTo(1);
			assertThat(Distance.geodesicMeters(square, southWestCorner)).isCloseTo(Math.sqrt(2) * 500, within(2.0));
		}

		@ParameterizedTest
		@ValueSource(strings = { "38S MB 44 88", "38SMB 4488", "38smb4488", " 38S MB 44 88 " })
		void spacingAndCaseDoNotMatter(String text) {
			assertThat(CoordinateParser.parse(text)).isEqualTo(CoordinateParser.parse("38SMB4488"));
		}

		@Test
		void singleDigitZonesAndEveryPrecisionAreRead() {
			assertThat(CoordinateParser.parse("4QFJ12345678").precisionMeters()).isEqualTo(10);
			assertThat(CoordinateParser.parse("4QFJ15").precisionMeters()).isEqualTo(10_000);
			assertThat(CoordinateParser.parse("4QFJ1234567890").precisionMeters()).isEqualTo(1);
			// Honolulu lies in 4QFJ.
			assertThat(CoordinateParser.parse("4QFJ12345678").latitude()).isBetween(21.0, 21.5);
			assertThat(CoordinateParser.parse("4QFJ12345678").longitude()).isBetween(-158.5, -157.5);
		}

		@Test
		void agreesWithTheUtmCoordinateOfItsCorner() {
			Coordinate corner = CoordinateParser.parse("38SMB4400088000");
			Coordinate utm = CoordinateParser.parse("38N 444000.5 3688000.5");

			assertThat(Distance.geodesicMeters(corner, utm)).isLessThan(0.05);
		}

		@Test
		void norwayAndSvalbardZonesAreRead() {
			assertThat(CoordinateParser.parse("32VKM7697958157").latitude()).isCloseTo(60, within(1e-4));
			assertThat(CoordinateParser.parse("33XUH9361974533").longitude()).isCloseTo(10, within(1e-4));
		}

		@Test
		void polarUpsReferencesAreRefusedClearly() {
			assertThatThrownBy(() -> CoordinateParser.parse("ZAH1234")).isExactlyInstanceOf(CoordinateParseException.class)
				.hasMessageContaining("polar MGRS");
		}

	}

	@Nested
	class Utm {

		@ParameterizedTest
		@ValueSource(strings = { "38N 444000 3688000", "38 N 444000 3688000", "38N 444000E 3688000N",
				"38N 444000mE 3688000mN", "38n 444000 3688000" })
		void readsZoneHemisphereEastingAndNorthing(String text) {
			Coordinate coordinate = CoordinateParser.parse(text);

			assertThat(coordinate.format()).isEqualTo(CoordinateFormat.UTM);
			assertThat(coordinate.latitude()).isCloseTo(33.3297, within(1e-4));
			assertThat(coordinate.longitude()).isCloseTo(44.3983, within(1e-4));
			assertThat(coordinate.precisionMeters()).isEqualTo(1);
		}

		@Test
		void sAfterTheZoneIsBandSWhereTheNorthingLiesInItAndElseTheSouthernHemisphere() {
			assertThat(CoordinateParser.parse("38S 444000 3688000").latitude()).isCloseTo(33.3297, within(1e-4));
			assertThat(CoordinateParser.parse("56S 334000 6252000").latitude()).isCloseTo(-33.86, within(0.01));
		}

		@Test
		void otherBandLettersAreReadAsBandsAndChecked() {
			assertThat(CoordinateParser.parse("38R 444000 3388000").latitude()).isBetween(24.0, 32.0);
			assertThat(CoordinateParser.parse("38H 444000 6388000").latitude()).isBetween(-40.0, -32.0);
			assertThatThrownBy(() -> CoordinateParser.parse("38T 444000 3688000"))
				.isExactlyInstanceOf(CoordinateParseException.class)
				.hasMessageContaining("band T");
		}

		@Test
		void runsOfWhitespaceCountAsOneSpace() {
			assertThat(CoordinateParser.parse("38N   444000 \t 3688000")).isEqualTo(CoordinateParser.parse("38N 444000 3688000"));
		}

		@Test
		void decimalMetresRefineThePrecision() {
			assertThat(CoordinateParser.parse("38N 444000.5 3688000.5").precisionMeters()).isCloseTo(0.11132,
					within(1e-9));
		}

	}

	@Nested
	class Refusals {

		@ParameterizedTest
		@ValueSource(strings = { "", "   ", "91, 0", "-90.5, 0", "0, 181", "0, -180.1", "99ZZZ", "hello",
				"33.3 44.4 33.3 44.4", "33.315, 44.366, 12.1, 13.2", "33°18'54\"N 44°21'58\"E 33°18'54\"N 44°21'58\"E",
				"33°60'N 44°00'E", "33°18'60\"N 44°21'58\"E", "33°18'54\"N 44°21'60.0\"E", "33.3N 44.4N", "33.3E 44.4W",
				"-33.3S 151.2E", "N33.3S 44E", "33.3", "33.3,", ", 44.4", "N", "33°N", "1e5 2e5", "NaN NaN",
				"Infinity, 0", "0x10 0x20", "33.3. 44.4", "33. 44.", "--33 44", "33°18.5'30\"N 44°21'58\"E",
				"33.5°18'N 44°21'E", "33 18 54 N 44 21 E", "33 18 54 44 21", "3318N 04421E", "33185N 0442158E",
				"331854N 442158E", "33° 44° 55°", "38SMB448", "38SMB44888", "38SAB4488", "61SMB4488", "0SMB4488",
				"38IMB4488", "32XMB4488", "38SMB", "38S", "38SMB 44 888", "38N 444000", "38N 44400000 3688000",
				"99N 444000 3688000", "38N 044000 3688000", "38N 444000 13688000", "38N 444000 9999999", "38S 444000 100", "38N 800000 9300000", "ZAH1234",
				"BAN 12345 67890", "33.3 ٤٤.٤", "33.3 44.4 !", "33,3,44,4", "48,8566,2,3522", "𝟑𝟑 𝟒𝟒" })
		void refusesAnythingThatIsNotExactlyOneCoordinate(String text) {
			assertThatThrownBy(() -> CoordinateParser.parse(text)).isExactlyInstanceOf(CoordinateParseException.class)
				.hasMessageStartingWith("not a recognised coordinate");
		}

		@Test
		void refusesTextLongerThanAnyCoordinate() {
			assertThatThrownBy(() -> CoordinateParser.parse("33.3" + "0".repeat(200) + " 44.4"))
				.isExactlyInstanceOf(CoordinateParseException.class);
			assertThatThrownBy(() -> CoordinateParser.parse("3".repeat(500) + " 44"))
				.isExactlyInstanceOf(CoordinateParseException.class);
		}

		@Test
		void explainsWhatWasExpected() {
			assertThatThrownBy(() -> CoordinateParser.parse("")).hasMessage(
					"not a recognised coordinate: expected decimal degrees, degrees and decimal minutes, DMS, MGRS or UTM");
		}

		@Test
		void isAnIllegalArgumentException() {
			assertThat(new CoordinateParseException("x")).isInstanceOf(IllegalArgumentException.class);
		}

	}

}
