package org.entente.platform;

import java.util.regex.Pattern;

/**
 * A number a caller writes as text (a query parameter, a part of a bbox, a cursor's sort key), read as plain
 * decimal only: an optional sign, digits, an optional fraction and an optional exponent. Java's own parsers also
 * read {@code 1d}, {@code 0x1p3}, {@code Infinity} and {@code NaN}, and {@link Integer#parseInt} digits of every
 * script, none of which a caller means as a number here.
 */
public final class DecimalNumber {

	private static final Pattern PLAIN = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

	private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

	private static final Pattern NONZERO_DIGIT_BEFORE_EXPONENT = Pattern.compile("^[^eE]*[1-9]");

	private DecimalNumber() {
	}

	public static boolean isPlain(String text) {
		return text != null && PLAIN.matcher(text).matches();
	}

	/**
	 * The value of plain decimal text as a double.
	 * @throws NumberFormatException when the text is not plain decimal, or its value is too large or too small
	 * for a double (PostgreSQL's {@code float8} refuses those too)
	 */
	public static double parse(String text) {
		requirePlain(text);
		double value = Double.parseDouble(text);
		requireRepresentable(text, Double.isFinite(value), value == 0);
		return value;
	}

	/**
	 * The value of plain decimal text as a float, as PostgreSQL's {@code real} reads it.
	 * @throws NumberFormatException when the text is not plain decimal, or its value is too large or too small
	 * for a float
	 */
	public static float parseFloat(String text) {
		requirePlain(text);
		float value = Float.parseFloat(text);
		requireRepresentable(text, Float.isFinite(value), value == 0);
		return value;
	}

	/**
	 * The value of a whole number written in decimal digits.
	 * @throws NumberFormatException when the text is not one, or its value does not fit a long
	 */
	public static long parseWhole(String text) {
		if (text == null || !WHOLE.matcher(text).matches()) {
			throw new NumberFormatException("not a whole number in decimal digits: " + text);
		}
		return Long.parseLong(text);
	}

	private static void requirePlain(String text) {
		if (!isPlain(text)) {
			throw new NumberFormatException("not a plain decimal number: " + text);
		}
	}

	/** Overflow gives an infinity, underflow a zero written with a digit other than 0. */
	private static void requireRepresentable(String text, boolean finite, boolean zero) {
		if (!finite || (zero && NONZERO_DIGIT_BEFORE_EXPONENT.matcher(text).find())) {
			throw new NumberFormatException("out of range: " + text);
		}
	}

}
