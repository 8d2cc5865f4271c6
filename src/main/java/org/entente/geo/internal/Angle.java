package org.entente.geo.internal;

import java.util.ArrayList;
import java.util.List;

import org.entente.geo.internal.AngleToken.Kind;

/**
 * One half of a coordinate written in degrees, as read: its value, the hemisphere letter if any, how many parts
 * (degrees; degrees and minutes; degrees, minutes and seconds) it was written in, and its precision.
 *
 * @param degrees the signed value in degrees; the sign comes from a minus sign or from S, W or O
 * @param hemisphere the upper-case hemisphere letter, or {@link #NO_HEMISPHERE}
 * @param parts 1 for decimal degrees, 2 for degrees and decimal minutes, 3 for degrees, minutes and seconds
 * @param precisionMeters the ground length of the last written digit
 */
record Angle(double degrees, char hemisphere, int parts, double precisionMeters) {

	static final char NO_HEMISPHERE = ' ';

	private static final double[] UNIT_METERS = { Precision.METERS_PER_DEGREE_OF_LATITUDE,
			Precision.METERS_PER_DEGREE_OF_LATITUDE / 60, Precision.METERS_PER_DEGREE_OF_LATITUDE / 3600 };

	private static final Kind[] MARKS = { Kind.DEGREE_MARK, Kind.MINUTE_MARK, Kind.SECOND_MARK };

	boolean isLatitudeByLetter() {
		return this.hemisphere == 'N' || this.hemisphere == 'S';
	}

	boolean isLongitudeByLetter() {
		return this.hemisphere == 'E' || this.hemisphere == 'W' || this.hemisphere == 'O';
	}

	/**
	 * Reads one half: an optional hemisphere letter before or after, then up to three numbers each with an optional
	 * mark, or a single compact military number ({@code 331854N}, {@code 0442158.5E}).
	 */
	static Angle read(List<AngleToken> tokens) {
		List<AngleToken> body = new ArrayList<>(tokens);
		char hemisphere = takeHemisphere(body);
		List<String> numbers = numbers(body);
		if (hemisphere != NO_HEMISPHERE && numbers.get(0).startsWith("-")) {
			throw ParseRefusal.because("give either a sign or a hemisphere letter, not both");
		}
		if (numbers.size() == 1 && hemisphere != NO_HEMISPHERE && integerDigits(numbers.get(0)) >= 6) {
			numbers = compactParts(numbers.get(0), hemisphere);
		}
		return fromParts(numbers, hemisphere);
	}

	private static char takeHemisphere(List<AngleToken> body) {
		char hemisphere = NO_HEMISPHERE;
		if (!body.isEmpty() && body.get(0).is(Kind.HEMISPHERE)) {
			hemisphere = body.remove(0).text().charAt(0);
		}
		if (!body.isEmpty() && body.get(body.size() - 1).is(Kind.HEMISPHERE)) {
			if (hemisphere != NO_HEMISPHERE) {
				throw ParseRefusal.because("a hemisphere letter may come before or after a value, not both");
			}
			hemisphere = body.remove(body.size() - 1).text().charAt(0);
		}
		return hemisphere;
	}

	/**
	 * The numbers in order, checking that each mark sits after the number it belongs to.
	 */
	private static List<String> numbers(List<AngleToken> body) {
		List<String> numbers = new ArrayList<>();
		for (AngleToken token : body) {
			if (token.is(Kind.NUMBER)) {
				if (numbers.size() == 3) {
					throw ParseRefusal.because("more than degrees, minutes and seconds in one value");
				}
				if (!numbers.isEmpty() && token.text().startsWith("-")) {
					throw ParseRefusal.because("only the degrees may carry a sign");
				}
				numbers.add(token.text());
			}
			else if (numbers.isEmpty() || !token.is(MARKS[numbers.size() - 1])) {
				throw ParseRefusal.because("'" + token.text() + "' is out of place");
			}
		}
		if (numbers.isEmpty()) {
			throw ParseRefusal.because("a latitude or longitude has no number");
		}
		return numbers;
	}

	/**
	 * Military message formats write DDMMSS for latitude and DDDMMSS for longitude, optionally with decimal seconds.
	 */
	private static List<String> compactParts(String number, char hemisphere) {
		int degreeDigits = integerDigits(number) - 4;
		boolean latitude = hemisphere == 'N' || hemisphere == 'S';
		if (degreeDigits != (latitude ? 2 : 3)) {
			throw ParseRefusal.because("compact form is DDMMSS for latitude and DDDMMSS for longitude");
		}
		return List.of(number.substring(0, degreeDigits), number.substring(degreeDigits, degreeDigits + 2),
				number.substring(degreeDigits + 2));
	}

	private static Angle fromParts(List<String> numbers, char hemisphere) {
		double magnitude = 0;
		for (int index = 0; index < numbers.size(); index++) {
			String number = numbers.get(index);
			boolean last = index == numbers.size() - 1;
			double value = Math.abs(Double.parseDouble(number));
			checkPart(number, value, index, last);
			magnitude += value / Math.pow(60, index);
		}
		boolean negative = numbers.get(0).startsWith("-") || hemisphere == 'S' || hemisphere == 'W'
				|| hemisphere == 'O';
		String lastNumber = numbers.get(numbers.size() - 1);
		double precision = Precision.ofDecimals(UNIT_METERS[numbers.size() - 1], Precision.decimals(lastNumber));
		return new Angle(negative ? -magnitude : magnitude, hemisphere, numbers.size(), precision);
	}

	private static void checkPart(String number, double value, int index, boolean last) {
		if (!last && number.indexOf('.') >= 0) {
			throw ParseRefusal.because("only the last of degrees, minutes and seconds may have decimals");
		}
		if (index == 0 && integerDigits(number) > 3) {
			throw ParseRefusal.because("degrees have at most three digits");
		}
		if (index > 0 && value >= 60) {
			throw ParseRefusal.because((index == 1 ? "minutes" : "seconds") + " must be below 60");
		}
	}

	private static int integerDigits(String number) {
		String unsigned = number.startsWith("-") ? number.substring(1) : number;
		int point = unsigned.indexOf('.');
		return (point < 0) ? unsigned.length() : point;
	}

}
