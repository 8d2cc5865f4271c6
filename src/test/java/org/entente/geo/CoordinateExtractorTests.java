package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
