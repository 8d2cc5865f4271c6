package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever it is given, the parser answers with a coordinate or a {@link CoordinateParseException}, never with another
 * exception, such as a {@link NumberFormatException} from deep inside.
 */
class ParserRobustnessProperties {

	@Property(tries = 3000)
	void onlyEverThrowsCoordinateParseException(@ForAll("coordinateLikeText") String text) {
		Throwable thrown = catchThrowable(() -> CoordinateParser.parse(text));

		if (thrown != null) {
			assertThat(thrown).as(text).isExactlyInstanceOf(CoordinateParseException.class);
		}
	}

	@Property(tries = 2000)
	void damagedCoordinatesOnlyEverThrowCoordinateParseException(@ForAll("damagedCoordinates") String text) {
		Throwable thrown = catchThrowable(() -> CoordinateParser.parse(text));

		if (thrown != null) {
			assertThat(thrown).as(text).isExactlyInstanceOf(CoordinateParseException.class);
		}
	}

	@Provide
	Arbitrary<String> coordinateLikeText() {
		return Arbitraries.strings()
			.withChars("0123456789.,;-+ NSEWOnsewodmDMABCHJKLPQRTUVXZ°º'\"′″’”\t\u00a0")
			.ofMaxLength(32);
	}

	/**
	 * Well-formed coordinates in every notation with one character replaced, the way typing errors arrive.
	 */
	@Provide
	Arbitrary<String> damagedCoordinates() {
		Arbitrary<String> wellFormed = GlobePoints.utmDomain()
			.flatMap((point) -> Arbitraries.of(CoordinateFormatter.decimalDegrees(point.latitude(), point.longitude()),
					CoordinateFormatter.degreesDecimalMinutes(point.latitude(), point.longitude()),
					CoordinateFormatter.degreesMinutesSeconds(point.latitude(), point.longitude()),
					CoordinateFormatter.mgrs(point.latitude(), point.longitude(), 5),
					CoordinateFormatter.utm(point.latitude(), point.longitude())));
		Arbitrary<Character> replacements = Arbitraries.chars().with("0123456789.,- NSEWOABXZ°'\"");
		return Combinators.combine(wellFormed, Arbitraries.doubles().between(0, 1), replacements)
			.as((text, where, replacement) -> {
				int index = (int) (where * (text.length() - 1));
				return text.substring(0, index) + replacement + text.substring(index + 1);
			});
	}

}
