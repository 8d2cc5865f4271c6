package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.entente.geo.GlobePoints.GlobePoint;

/**
 * {@code extract(sentence(format(point)))} finds exactly the written coordinate, within its precision of the point,
 * for every notation and every kind of place: poles, the antimeridian, UTM zone edges, Norway and Svalbard.
 */
class ExtractionRoundTripProperties {

	/** Words of the five corpus languages, without digits or lone letters that could join a coordinate. */
	private static final List<String> WORDS = List.of("patrol", "reported", "vehicles", "near", "the", "bridge",
			"convoy", "position", "observed", "at", "grid", "moving", "north", "towards", "village", "rendez-vous",
			"observé", "près", "du", "pont", "colonne", "signalée", "à", "الموقع", "رصد", "عند", "قافلة", "جسر",
			"موقعیت", "گزارش", "در", "نزدیک", "колонна", "замечена", "в", "точке", "у", "моста", "DTG", "SALUTE",
			"ends.");

	private static final List<String> BEFORE = List.of(" ", " (", " at ", ": ", "\n", " \u00A0");

	private static final List<String> AFTER = List.of(" ", ". ", ", ", "; ", ") ", "\n", "");

	private static final Pattern MONTH_SQUARE = Pattern
		.compile("^\\d{1,2}(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)");

	@Property(tries = 500)
	void decimalDegreesAreFoundInASentence(@ForAll("anywhere") GlobePoint point, @ForAll("sentences") Sentence sentence) {
		String written = CoordinateFormatter.decimalDegrees(point.latitude(), point.longitude());

		assertFoundOnce(point, sentence, written, CoordinateFormat.DECIMAL_DEGREES);
	}

	@Property(tries = 500)
	void degreesDecimalMinutesAreFoundInASentence(@ForAll("anywhere") GlobePoint point,
			@ForAll("sentences") Sentence sentence) {
		String written = CoordinateFormatter.degreesDecimalMinutes(point.latitude(), point.longitude());

		assertFoundOnce(point, sentence, written, CoordinateFormat.DEGREES_DECIMAL_MINUTES);
	}

	@Property(tries = 500)
	void degreesMinutesSecondsAreFoundInASentence(@ForAll("anywhere") GlobePoint point,
			@ForAll("sentences") Sentence sentence) {
		String written = CoordinateFormatter.degreesMinutesSeconds(point.latitude(), point.longitude());

		assertFoundOnce(point, sentence, written, CoordinateFormat.DEGREES_MINUTES_SECONDS);
	}

	@Property(tries = 500)
	void mgrsIsFoundInASentence(@ForAll("utmDomain") GlobePoint point, @ForAll @IntRange(min = 1, max = 5) int digits,
			@ForAll("sentences") Sentence sentence) {
		String written = CoordinateFormatter.mgrs(point.latitude(), point.longitude(), digits);
		// A band and square that spell a month (31MAR69) are read as a date by design (GridCandidates.MONTHS).
		Assume.that(!MONTH_SQUARE.matcher(written).find());

		assertFoundOnce(point, sentence, written, CoordinateFormat.MGRS);
	}

	@Property(tries = 500)
	void utmIsFoundInASentence(@ForAll("utmDomain") GlobePoint point, @ForAll("sentences") Sentence sentence) {
		String written = CoordinateFormatter.utm(point.latitude(), point.longitude());

		assertFoundOnce(point, sentence, written, CoordinateFormat.UTM);
	}

	/**
	 * Two coordinates in one notation written against each other, with a comma, a semicolon or an Arabic comma and
	 * no space (or, between coordinates ending in a hemisphere letter, nothing at all), are both found, each whole:
	 * never missed, never merged into a point made of the second half of one and the first half of the other.
	 */
	@Property(tries = 1000)
	void twoCoordinatesJoinedWithoutASpaceAreBothFound(@ForAll("utmDomain") GlobePoint first,
			@ForAll("utmDomain") GlobePoint second, @ForAll CoordinateFormat format,
			@ForAll @IntRange(min = 1, max = 5) int digits, @ForAll("joints") String joint,
			@ForAll("sentences") Sentence sentence) {
		boolean lettered = format == CoordinateFormat.DEGREES_DECIMAL_MINUTES
				|| format == CoordinateFormat.DEGREES_MINUTES_SECONDS;
		Assume.that(lettered || !joint.isEmpty());
		String firstWritten = written(first, format, digits);
		String secondWritten = written(second, format, digits);
		Assume.that(!MONTH_SQUARE.matcher(firstWritten).find() && !MONTH_SQUARE.matcher(secondWritten).find());
		String text = sentence.around(firstWritten + joint + secondWritten);

		List<ExtractedCoordinate> found = CoordinateExtractor.extract(text);

		assertThat(found).as(text).extracting(ExtractedCoordinate::text).containsExactly(firstWritten, secondWritten);
		assertThat(found).as(text).extracting(ExtractedCoordinate::format).containsOnly(format);
		assertWithinPrecision(first, found.get(0));
		assertWithinPrecision(second, found.get(1));
	}

	@Provide
	Arbitrary<String> joints() {
		return Arbitraries.of(",", ";", "\u060C", "");
	}

	private static String written(GlobePoint point, CoordinateFormat format, int digits) {
		return switch (format) {
			case DECIMAL_DEGREES -> CoordinateFormatter.decimalDegrees(point.latitude(), point.longitude());
			case DEGREES_DECIMAL_MINUTES -> CoordinateFormatter.degreesDecimalMinutes(point.latitude(), point.longitude());
			case DEGREES_MINUTES_SECONDS -> CoordinateFormatter.degreesMinutesSeconds(point.latitude(), point.longitude());
			case MGRS -> CoordinateFormatter.mgrs(point.latitude(), point.longitude(), digits);
			case UTM -> CoordinateFormatter.utm(point.latitude(), point.longitude());
		};
	}

	private static void assertWithinPrecision(GlobePoint point, ExtractedCoordinate coordinate) {
		assertThat(Distance.geodesicMeters(point.latitude(), point.longitude(), coordinate.latitude(),
				coordinate.longitude()))
			.as("%s from (%s, %s)", coordinate.text(), point.latitude(), point.longitude())
			.isLessThanOrEqualTo(coordinate.precisionMeters());
	}

	record Sentence(String opening, String before, String after, String closing) {

		String around(String coordinate) {
			String closing = this.closing.isEmpty() ? "" : " " + this.closing;
			return this.opening + this.before + coordinate + this.after + closing;
		}

	}

	@Provide
	Arbitrary<Sentence> sentences() {
		Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(8).map((list) -> String.join(" ", list));
		return net.jqwik.api.Combinators
			.combine(words, Arbitraries.of(BEFORE), Arbitraries.of(AFTER), words)
			.as(Sentence::new);
	}

	@Provide
	Arbitrary<GlobePoint> anywhere() {
		return GlobePoints.anywhere();
	}

	@Provide
	Arbitrary<GlobePoint> utmDomain() {
		return GlobePoints.utmDomain();
	}

	private static void assertFoundOnce(GlobePoint point, Sentence sentence, String written, CoordinateFormat format) {
		String text = sentence.around(written);

		List<ExtractedCoordinate> found = CoordinateExtractor.extract(text);

		assertThat(found).as(text).hasSize(1);
		ExtractedCoordinate coordinate = found.get(0);
		assertThat(coordinate.text()).as(text).isEqualTo(written);
		assertThat(coordinate.start()).isEqualTo(text.indexOf(written));
		assertThat(coordinate.format()).as(text).isEqualTo(format);
		assertThat(Distance.geodesicMeters(point.latitude(), point.longitude(), coordinate.latitude(),
				coordinate.longitude()))
			.as("%s from (%s, %s)", written, point.latitude(), point.longitude())
			.isLessThanOrEqualTo(coordinate.precisionMeters());
	}

}
