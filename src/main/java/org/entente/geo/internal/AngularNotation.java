package org.entente.geo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.entente.geo.Coordinate;
import org.entente.geo.CoordinateParseException;
import org.entente.geo.CoordinateFormat;
import org.entente.geo.internal.AngleToken.Kind;

/**
 * Reads coordinates written in degrees: decimal degrees, degrees and decimal minutes, and degrees, minutes and
 * seconds (including the compact military form), with signs or hemisphere letters before or after each value.
 */
public final class AngularNotation {

	/** A comma between two digits, as in the French {@code 48,8566}. */
	private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");

	private AngularNotation() {
	}

	/**
	 * Reads the text, whose whitespace must already be collapsed to single spaces, as one coordinate in degrees.
	 * @throws org.entente.geo.CoordinateParseException if it is not exactly one such coordinate
	 */
	public static Coordinate read(String text) {
		try {
			return readWithDecimalPoints(text);
		}
		catch (CoordinateParseException commasAsSeparators) {
			if (!mayUseDecimalCommas(text)) {
				throw commasAsSeparators;
			}
			return readWithDecimalPoints(DECIMAL_COMMA.matcher(text).replaceAll("."));
		}
	}

	/**
	 * A comma is a decimal mark only where reading it as the separator fails and the text has no full stop, so that
	 * {@code 33,44} stays latitude 33 and longitude 44 while {@code 48,8566 N 2,3522 E} reads as Paris.
	 */
	private static boolean mayUseDecimalCommas(String text) {
		return text.indexOf('.') < 0 && DECIMAL_COMMA.matcher(text).find();
	}

	private static Coordinate readWithDecimalPoints(String text) {
		List<AngleToken> tokens = AngleTokenizer.tokens(text);
		int split = splitIndex(tokens);
		boolean separated = split < tokens.size() && tokens.get(split).is(Kind.SEPARATOR);
		Angle first = Angle.read(nonEmpty(tokens.subList(0, split)));
		Angle second = Angle.read(nonEmpty(tokens.subList(separated ? split + 1 : split, tokens.size())));
		return first.isLongitudeByLetter() && second.isLatitudeByLetter() ? coordinate(second, first)
				: coordinate(first, second);
	}

	/**
	 * Where latitude ends and longitude begins: at the one separator if there is one; else by the hemisphere letters,
	 * all before or all after their values; else halfway through the numbers, as in {@code 33 18 54 44 21 58}.
	 */
	private static int splitIndex(List<AngleToken> tokens) {
		List<Integer> separators = indexesOf(tokens, Kind.SEPARATOR);
		if (separators.size() > 1) {
			throw ParseRefusal.because("expected one latitude and one longitude, found more separators");
		}
		if (separators.size() == 1) {
			return separators.get(0);
		}
		List<Integer> hemispheres = indexesOf(tokens, Kind.HEMISPHERE);
		if (hemispheres.isEmpty()) {
			return halfwayThroughNumbers(tokens);
		}
		if (hemispheres.size() == 2 && hemispheres.get(0) == 0) {
			return hemispheres.get(1);
		}
		if (hemispheres.size() == 2 && hemispheres.get(1) == tokens.size() - 1) {
			return hemispheres.get(0) + 1;
		}
		throw ParseRefusal.because("expected one latitude and one longitude, each with or without a hemisphere letter");
	}

	private static int halfwayThroughNumbers(List<AngleToken> tokens) {
		List<Integer> numbers = indexesOf(tokens, Kind.NUMBER);
		if (numbers.size() % 2 != 0) {
			throw ParseRefusal.because("expected one latitude and one longitude, each in the same notation");
		}
		return numbers.isEmpty() ? 0 : numbers.get(numbers.size() / 2);
	}

	private static List<Integer> indexesOf(List<AngleToken> tokens, Kind kind) {
		List<Integer> indexes = new ArrayList<>();
		for (int index = 0; index < tokens.size(); index++) {
			if (tokens.get(index).is(kind)) {
				indexes.add(index);
			}
		}
		return indexes;
	}

	private static List<AngleToken> nonEmpty(List<AngleToken> tokens) {
		if (tokens.isEmpty()) {
			throw ParseRefusal.because("expected both a latitude and a longitude");
		}
		return tokens;
	}

	private static Coordinate coordinate(Angle latitude, Angle longitude) {
		if (latitude.isLongitudeByLetter() || longitude.isLatitudeByLetter()) {
			throw ParseRefusal.because("latitude takes N or S, longitude E, W or O");
		}
		if (latitude.parts() != longitude.parts()) {
			throw ParseRefusal.because("latitude and longitude must be written in the same notation");
		}
		if (!Coordinate.isLatitude(latitude.degrees())) {
			throw ParseRefusal.because("latitude " + latitude.degrees() + " is outside [-90, 90]");
		}
		if (!Coordinate.isLongitude(longitude.degrees())) {
			throw ParseRefusal.because("longitude " + longitude.degrees() + " is outside [-180, 180]");
		}
		double precision = Math.max(latitude.precisionMeters(), longitude.precisionMeters());
		return new Coordinate(latitude.degrees(), longitude.degrees(), precision, format(latitude.parts()));
	}

	private static CoordinateFormat format(int parts) {
		return switch (parts) {
			case 1 -> CoordinateFormat.DECIMAL_DEGREES;
			case 2 -> CoordinateFormat.DEGREES_DECIMAL_MINUTES;
			default -> CoordinateFormat.DEGREES_MINUTES_SECONDS;
		};
	}

}
