package org.entente.geo;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Fuzzing of {@link CoordinateParser#parse}: any Unicode text, and coordinates in every notation cut, spliced,
 * repeated and padded, are answered with a coordinate within the globe or a {@link CoordinateParseException},
 * never another exception. Tries follow {@code jqwik.tries.default} (1,000); for a long run:
 * {@code ./mvnw test -Dtest='*FuzzProperties' -Djqwik.tries.default=1000000}.
 */
class CoordinateParserFuzzProperties {

	@Property
	void anyTextIsACoordinateOrARefusal(@ForAll("anyText") String text) {
		assertCoordinateOrRefusal(text);
	}

	@Property
	void mutatedCoordinatesAreCoordinatesOrRefusals(@ForAll("mutatedCoordinates") String text) {
		assertCoordinateOrRefusal(text);
	}

	private static void assertCoordinateOrRefusal(String text) {
		Coordinate[] parsed = new Coordinate[1];
		Throwable thrown = catchThrowable(() -> parsed[0] = CoordinateParser.parse(text));

		if (thrown != null) {
			assertThat(thrown).as(text).isExactlyInstanceOf(CoordinateParseException.class);
		}
		else {
			assertThat(parsed[0].latitude()).as(text).isBetween(-90.0, 90.0);
			assertThat(parsed[0].longitude()).as(text).isBetween(-180.0, 180.0);
			assertThat(parsed[0].precisionMeters()).as(text).isPositive().isFinite();
		}
	}

	@Provide
	Arbitrary<String> anyText() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(150),
				Arbitraries.strings().withChars("0123456789.,;:-+ NSEWOnsewodm°º'\"′″’”\u00a0\u2009\u202f\u0660\u06f1")
					.ofMaxLength(150));
	}

	/** Well-formed coordinates with a piece cut out, repeated or replaced by another coordinate's piece. */
	@Provide
	Arbitrary<String> mutatedCoordinates() {
		Arbitrary<String> wellFormed = GlobePoints.utmDomain()
			.flatMap((point) -> Arbitraries.of(CoordinateFormatter.decimalDegrees(point.latitude(), point.longitude()),
					CoordinateFormatter.degreesDecimalMinutes(point.latitude(), point.longitude()),
					CoordinateFormatter.degreesMinutesSeconds(point.latitude(), point.longitude()),
					CoordinateFormatter.mgrs(point.latitude(), point.longitude(), 5),
					CoordinateFormatter.utm(point.latitude(), point.longitude())));
		return Combinators.combine(wellFormed, wellFormed, Arbitraries.doubles().between(0, 1),
				Arbitraries.doubles().between(0, 1), Arbitraries.of(Mutation.values()))
			.as((text, other, from, to, mutation) -> mutation.apply(text, other, from, to));
	}

	private enum Mutation {

		CUT, REPEAT, SPLICE, PAD;

		String apply(String text, String other, double from, double to) {
			int start = (int) (Math.min(from, to) * text.length());
			int end = (int) (Math.max(from, to) * text.length());
			return switch (this) {
				case CUT -> text.substring(0, start) + text.substring(end);
				case REPEAT -> text.substring(0, end) + text.substring(start);
				case SPLICE -> text.substring(0, start) + other.substring((int) (from * other.length()));
				case PAD -> " \t" + text.substring(0, start) + "  " + text.substring(start) + "\n";
			};
		}

	}

}
