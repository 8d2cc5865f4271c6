package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinateExtractorTests {

	@Nested
	class FindsCoordinates {

		@Test
		void findsAGridReferenceInAMilitaryMessageWithItsSpan() {
			String text = "FLASH. DTG 011200ZMAR26. GRID 38SMB4488. REF ORIG-2026-00042.";

			List<ExtractedCoordinate> found = CoordinateExtractor.extract(text);

			assertThat(found).singleElement().satisfies((coordinate) -> {
				assertThat(coordinate.text()).isEqualTo("38SMB4488");
				assertThat(coordinate.start()).isEqualTo(text.indexOf("38SMB4488"));
				assertThat(coordinate.end()).isEqualTo(coordinate.start() + 9);
				assertThat(coordinate.format()).isEqualTo(CoordinateFormat.MGRS);
				assertThat(coordinate.precisionMeters()).isEqualTo(1000);
			});
		}

		@Test
		void findsEveryNotationInOneText() {
			String text = "A 33.3152, 44.3661; B 33°18.912'N 44°21.966'E; C 33°18'55\"N 44°21'58\"E; "
					+ "D 38S MB 4099 8641; E 38N 440995 3686410.";

			assertThat(CoordinateExtractor.extract(text)).extracting(ExtractedCoordinate::format)
				.containsExactly(CoordinateFormat.DECIMAL_DEGREES, CoordinateFormat.DEGREES_DECIMAL_MINUTES,
						CoordinateFormat.DEGREES_MINUTES_SECONDS, CoordinateFormat.MGRS, CoordinateFormat.UTM);
		}

		@Test
		void readsArabicIndicDigitsAndTheArabicDecimalSeparatorKeepingOffsets() {
			String text = "الموقع ٣٣٫٣١٥٢، ٤٤٫٣٦٦١ اليوم";

			ExtractedCoordinate found = CoordinateExtractor.extract(text).get(0);

			assertThat(found.text()).isEqualTo("٣٣٫٣١٥٢، ٤٤٫٣٦٦١");
			assertThat(text.substring(found.start(), found.end())).isEqualTo(found.text());
			assertThat(found.latitude()).isEqualTo(33.3152);
			assertThat(found.longitude()).isEqualTo(44.3661);
		}

		@Test
		void readsPersianDigitsWithPersianHemisphereWords() {
			ExtractedCoordinate found = CoordinateExtractor.extract("نقطه ۲۹٫۵۹۱۸ شمالی و ۵۲٫۵۸۳۷ شرقی.").get(0);

			assertThat(found.text()).isEqualTo("۲۹٫۵۹۱۸ شمالی و ۵۲٫۵۸۳۷ شرقی");
			assertThat(found.latitude()).isEqualTo(29.5918);
			assertThat(found.longitude()).isEqualTo(52.5837);
		}

		@Test
		void readsRussianHemisphereAbbreviationsIntoTheSpan() {
			ExtractedCoordinate found = CoordinateExtractor.extract("Точка: 55°45′21″ с. ш. 37°37′02″ в. д., ориентир")
				.get(0);

			assertThat(found.text()).isEqualTo("55°45′21″ с. ш. 37°37′02″ в. д.");
			assertThat(found.format()).isEqualTo(CoordinateFormat.DEGREES_MINUTES_SECONDS);
		}

		@Test
		void readsFrenchDecimalCommasAndOuestForWest() {
			ExtractedCoordinate found = CoordinateExtractor.extract("rdv au 48,3904 N 4,4861 O demain").get(0);

			assertThat(found.longitude()).isEqualTo(-4.4861);
		}

		@Test
		void keepsTwoPairsJoinedByArabicAndRatherThanThePairStraddlingThem() {
			List<ExtractedCoordinate> found = CoordinateExtractor.extract("في ٣٥٫٦٨٩٢، ٥١٫٣٨٩٠ و٣٢٫٦٥٤٦، ٥١٫٦٦٨٠");

			assertThat(found).extracting(ExtractedCoordinate::latitude).containsExactly(35.6892, 32.6546);
		}

	}

	/**
	 * Two coordinates written against each other, with a comma, a semicolon or an Arabic comma and no space between
	 * them, are two coordinates: never none, never one, and never a point made of the second half of the first and the
	 * first half of the second.
	 */
	@Nested
	class SeparatesCoordinatesJoinedWithoutASpace {

		/** The comma, the semicolon and the Arabic comma (U+060C), each with no space around it. */
		static Stream<String> joints() {
			return Stream.of(",", ";", "\u060C");
		}

		@ParameterizedTest
		@MethodSource("joints")
		void degreesMinutesAndSecondsWithTheirLetters(String joint) {
			String text = "33°18'54\"N 44°21'58\"E" + joint + "34°00'00\"N 45°00'00\"E";

			List<ExtractedCoordinate> found = CoordinateExtractor.extract(text);

			assertThat(found).extracting(ExtractedCoordinate::text)
				.containsExactly("33°18'54\"N 44°21'58\"E", "34°00'00\"N 45°00'00\"E");
			assertPoint(found.get(0), 33.3150, 44.3661, CoordinateFormat.DEGREES_MINUTES_SECONDS);
			assertPoint(found.get(1), 34.0, 45.0, CoordinateFormat.DEGREES_MINUTES_SECONDS);
		}

		@ParameterizedTest
		@MethodSource("joints")
		void decimalDegreesWithTheirLetters(String joint) {
			String text = "33.3152N 44.3661E" + joint + "34.1234N 45.5678E";

			List<ExtractedCoordinate> found = CoordinateExtractor.extract(text);

			assertThat(found).extracting(ExtractedCoordinate::text)
				.containsExactly("33.3152N 44.3661E", "34.1234N 45.5678E");
			assertPoint(found.get(0), 33.3152, 44.3661, CoordinateFormat.DECIMAL_DEGREES);
			assertPoint(found.get(1), 34.1234, 45.5678, CoordinateFormat.DECIMAL_DEGREES);
		}

		@ParameterizedTest
		@MethodSource("joints")
		void mgrsReferences(String joint) {
			String text = "38SMB4488" + joint + "38SMB4589";

			assertThat(CoordinateExtractor.extract(text)).extracting(ExtractedCoordinate::text, ExtractedCoordinate::format)
				.containsExactly(tuple("38SMB4488", CoordinateFormat.MGRS), tuple("38SMB4589", CoordinateFormat.MGRS));
		}

		@ParameterizedTest
		@MethodSource("joints")
		void utmCoordinates(String joint) {
			String text = "38N 444000 3688000" + joint + "38N 445000 3689000";

			assertThat(CoordinateExtractor.extract(text)).extracting(ExtractedCoordinate::text, ExtractedCoordinate::format)
				.containsExactly(tuple("38N 444000 3688000", CoordinateFormat.UTM),
						tuple("38N 445000 3689000", CoordinateFormat.UTM));
		}

		@ParameterizedTest
		@MethodSource("joints")
		void barePairsOfFourDecimalsReadPairwise(String joint) {
			String text = "33.3152" + joint + "44.3661" + joint + "34.1234" + joint + "45.5678";

			List<ExtractedCoordinate> found = CoordinateExtractor.extract(text);

			assertThat(found).extracting(ExtractedCoordinate::text)
				.containsExactly("33.3152" + joint + "44.3661", "34.1234" + joint + "45.5678");
			assertPoint(found.get(0), 33.3152, 44.3661, CoordinateFormat.DECIMAL_DEGREES);
			assertPoint(found.get(1), 34.1234, 45.5678, CoordinateFormat.DECIMAL_DEGREES);
		}

		static Stream<Arguments> otherDigits() {
			return Stream.of(
					Arguments.of("۳۳٫۳۱۵۲N ۴۴٫۳۶۶۱E،۳۴٫۱۲۳۴N ۴۵٫۵۶۷۸E", 33.3152, 44.3661, 34.1234, 45.5678),
					Arguments.of("٣٣٫٣١٥٢N ٤٤٫٣٦٦١E،٣٤٫١٢٣٤N ٤٥٫٥٦٧٨E", 33.3152, 44.3661, 34.1234, 45.5678),
					Arguments.of("٣٣٫٣١٥٢،٤٤٫٣٦٦١،٣٤٫١٢٣٤،٤٥٫٥٦٧٨", 33.3152, 44.3661, 34.1234, 45.5678),
					Arguments.of("۳۳٫۳۱۵۲،۴۴٫۳۶۶۱؛۳۴٫۱۲۳۴،۴۵٫۵۶۷۸", 33.3152, 44.3661, 34.1234, 45.5678),
					Arguments.of("۳۳°۱۸'۵۴\"N ۴۴°۲۱'۵۸\"E،۳۴°۰۰'۰۰\"N ۴۵°۰۰'۰۰\"E", 33.3150, 44.3661, 34.0, 45.0));
		}

		@ParameterizedTest
		@MethodSource("otherDigits")
		void persianAndArabicIndicDigits(String text, double latitude, double longitude, double secondLatitude,
				double secondLongitude) {
			List<ExtractedCoordinate> found = CoordinateExtractor.extract(text);

			assertThat(found).as(text).hasSize(2);
			assertThat(found.get(0).latitude()).isCloseTo(latitude, within(0.0001));
			assertThat(found.get(0).longitude()).isCloseTo(longitude, within(0.0001));
			assertThat(found.get(1).latitude()).isCloseTo(secondLatitude, within(0.0001));
			assertThat(found.get(1).longitude()).isCloseTo(secondLongitude, within(0.0001));
			assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo(found.get(1).text());
		}

		@ParameterizedTest
		@ValueSource(strings = { "38SMB4488\u060C38SMB4589", "۳۸SMB۴۴۸۸،۳۸SMB۴۵۸۹", "٣٨SMB٤٤٨٨،٣٨SMB٤٥٨٩" })
		void mgrsWithOtherDigitsAndTheArabicComma(String text) {
			assertThat(CoordinateExtractor.extract(text)).extracting(ExtractedCoordinate::format)
				.containsExactly(CoordinateFormat.MGRS, CoordinateFormat.MGRS);
		}

		@Test
		void aReadingStraddlingTwoCoordinatesWrittenWithNothingBetweenNeverWins() {
			List<ExtractedCoordinate> found = CoordinateExtractor
				.extract("33°18'54\"N 44°21'58\"E34°00'00\"N 45°00'00\"E");

			assertThat(found).extracting(ExtractedCoordinate::text)
				.containsExactly("33°18'54\"N 44°21'58\"E", "34°00'00\"N 45°00'00\"E");
		}

		@Test
		void aLatitudeLeftOverAfterACoordinateDoesNotTakeItsLongitude() {
			List<ExtractedCoordinate> found = CoordinateExtractor.extract("33°18'54\"N 44°21'58\"E,34°00'00\"N");

			assertThat(found).singleElement().satisfies((coordinate) -> {
				assertThat(coordinate.text()).isEqualTo("33°18'54\"N 44°21'58\"E");
				assertPoint(coordinate, 33.3150, 44.3661, CoordinateFormat.DEGREES_MINUTES_SECONDS);
			});
		}

		@Test
		void fourWholeDegreesWrittenAgainstEachOtherAreTwoPairs() {
			List<ExtractedCoordinate> found = CoordinateExtractor.extract("33°33°33°33°");

			assertThat(found).extracting(ExtractedCoordinate::start, ExtractedCoordinate::text)
				.containsExactly(tuple(0, "33°33°"), tuple(6, "33°33°"));
		}

		@Test
		void threeWholeDegreesWrittenAgainstEachOtherAreNone() {
			assertThat(CoordinateExtractor.extract("33°33°33°")).isEmpty();
		}

		@Test
		void aCommaAfterACoordinateBeforeSomethingElseStillEndsIt() {
			assertThat(CoordinateExtractor.extract("at 33.3152N 44.3661E,12 vehicles")).extracting(ExtractedCoordinate::text)
				.containsExactly("33.3152N 44.3661E");
		}

		@ParameterizedTest
		@ValueSource(strings = { "38SMB4488,12 vehicles", "38N 444000 3688000,5 m", "33.3152,44.3661,12,5" })
		void aCommaBetweenDigitsBeforeNoCoordinateStillGluesTheNumber(String text) {
			assertThat(CoordinateExtractor.extract(text)).isEmpty();
		}

		private static void assertPoint(ExtractedCoordinate coordinate, double latitude, double longitude,
				CoordinateFormat format) {
			assertThat(coordinate.latitude()).as(coordinate.text()).isCloseTo(latitude, within(0.0001));
			assertThat(coordinate.longitude()).as(coordinate.text()).isCloseTo(longitude, within(0.0001));
			assertThat(coordinate.format()).as(coordinate.text()).isEqualTo(format);
		}

	}

	/**
	 * A list of bare decimal numbers is read as coordinates only as a list of pairs: an even count, read two by two
	 * from its first number, every pair a latitude and a longitude, and the pairs shown either by the joints (a comma
	 * inside each pair, another joint between them) or by four decimals on every number. Two decimals on a list all
	 * joined alike are prices, versions or scores.
	 */
	@Nested
	class ReadsListsOfBareNumbersOnlyAsPairs {

		@ParameterizedTest
		@ValueSource(strings = { "33.3152, 44.3661, 34.1234, 45.5678", "33.3152,44.3661, 34.1234,45.5678",
				"33.31, 44.36 and 34.12, 45.56", "33.31,44.36;34.12,45.56", "33.31, 44.36 or 34.12, 45.56",
				"33.31 44.36, 34.12 45.56" })
		void readsTwoPairs(String text) {
			assertThat(CoordinateExtractor.extract(text)).as(text).extracting(ExtractedCoordinate::latitude)
				.containsExactly(text.contains("33.3152") ? 33.3152 : 33.31, text.contains("34.1234") ? 34.1234 : 34.12);
		}

		@ParameterizedTest
		@ValueSource(strings = { "20.04, 22.04 and 24.04", "9.25, 9.50 and 9.75", "9.25,9.50,9.75,10.00",
				"9.25, 9.50, 9.75, 10.00", "9.25, 9.50, 9.75, 10.00, 10.25", "12.50; 13.75; 14.20",
				"33.3152,44.3661,34.1234", "33.3152,44.3661,34.1234,45.5678,12.3456", "33.31,44.36,34.12,45.56",
				"33.3152,44.3661,95.1234,45.5678", "Ubuntu 20.04, 22.04" })
		void readsNone(String text) {
			assertThat(CoordinateExtractor.extract(text)).as(text).isEmpty();
		}

		@Test
		void readsLongListsAsWholes() {
			assertThat(CoordinateExtractor.extract(numbers(200, ",", ","))).hasSize(100);
			assertThat(CoordinateExtractor.extract(numbers(199, ",", ","))).isEmpty();
			assertThat(CoordinateExtractor.extract(numbers(200, ", ", "\n"))).as("a waypoint a line").hasSize(100);
			assertThat(CoordinateExtractor.extract(numbers(200, " ", " "))).hasSize(100);
			assertThat(CoordinateExtractor.extract("prices " + String.join(", ", java.util.Collections.nCopies(200, "9.25"))))
				.isEmpty();
		}

		/**
		 * {@code 30.1000,40.1000,30.1001,40.1001,...}: as many numbers, four decimals each, with {@code inside} between
		 * the two of a pair and {@code between} between pairs.
		 */
		private static String numbers(int count, String inside, String between) {
			StringBuilder text = new StringBuilder();
			for (int index = 0; index < count; index++) {
				text.append(index == 0 ? "" : (index % 2 == 1 ? inside : between))
					.append(index % 2 == 0 ? "30." : "40.")
					.append(1000 + index / 2);
			}
			return text.toString();
		}

	}

	@Nested
	class RefusesWhatIsNotACoordinate {

		@ParameterizedTest
		@ValueSource(strings = { "on 2024-03-01 and 01/03/2024 and 1.3.2024", "at 12:30 or 12:30:45",
				"call +33 1 23 45 67 89 or (555) 123-4567", "install v2.3.1 or 1.2.3", "ORIG-2026-00042, INC-12345",
				"see ticket #4455", "hosts 192.168.1.10 10.0.0.1", "paid 12.50 EUR, 13.75 EUR",
				"between 12.50, 13.75 EUR", "numbers 33 44 and 33, 44", "it is 12.5 km and 3.5 4.5",
				"DTG 011200ZMAR26", "on 10 MAR 2024", "dates 01.03.2024 12.04.2026", "€ 12.55, 13.45",
				"budget 1,250.00 USD", "freq 43,250 MHz", "version 2.3.1, 4.1.2" })
		void findsNothing(String text) {
			assertThat(CoordinateExtractor.extract(text)).isEmpty();
		}

		@Test
		void refusesNull() {
			assertThatNullPointerException().isThrownBy(() -> CoordinateExtractor.extract(null));
		}

	}

}
