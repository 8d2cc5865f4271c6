package org.entente.geo;

import java.util.regex.Pattern;

import org.entente.geo.internal.AngularNotation;
import org.entente.geo.internal.MgrsNotation;
import org.entente.geo.internal.ParseRefusal;
import org.entente.geo.internal.UtmNotation;

/**
 * Reads a text that is exactly one coordinate, in any notation analysts commonly paste.
 *
 * <ul>
 * <li>decimal degrees: {@code 33.315, 44.366}, {@code -33.3 151.2}, {@code N33.315 E44.366},
 * {@code 48,8566 N 2,3522 O};</li>
 * <li>degrees and decimal minutes: {@code 33°18.9'N 44°21.97'E}, {@code N33 18.900 E044 21.966};</li>
 * <li>degrees, minutes and seconds: {@code 33°18'54"N 44°21'58"E}, {@code 33d18m54sN 44d21m58sE},
 * {@code 331854N 0442158E};</li>
 * <li>MGRS: {@code 38SMB4488}, {@code 38S MB 44 88};</li>
 * <li>UTM: {@code 38N 444000 3688000}, {@code 38N 444000E 3688000N}.</li>
 * </ul>
 * The precision of the result follows from the digits given; see {@link Coordinate#precisionMeters()}.
 */
public final class CoordinateParser {

	/** Longer than any single coordinate we read with generous spacing; refusing early bounds the work. */
	private static final int LONGEST_TEXT = 120;

	/** Any run of Unicode whitespace, including the no-break spaces that word processors paste. */
	private static final Pattern WHITESPACE = Pattern.compile("[\\h\\v]+");

	private CoordinateParser() {
	}

	/**
	 * Reads the text, ignoring leading and trailing whitespace, as one coordinate.
	 * @throws CoordinateParseException if the text is not exactly one coordinate; never another exception
	 */
	public static Coordinate parse(String text) {
		if (text == null) {
			throw ParseRefusal.notRecognised();
		}
		String collapsed = WHITESPACE.matcher(text).replaceAll(" ").strip();
		if (collapsed.isEmpty() || collapsed.length() > LONGEST_TEXT) {
			throw ParseRefusal.notRecognised();
		}
		return MgrsNotation.read(collapsed)
			.or(() -> UtmNotation.read(collapsed))
			.orElseGet(() -> AngularNotation.read(collapsed));
	}

}
