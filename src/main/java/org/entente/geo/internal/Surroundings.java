package org.entente.geo.internal;

import java.util.regex.Pattern;

/**
 * What may stand right before and after a coordinate in running text. A coordinate is a whole "word": glued to
 * letters, digits or the punctuation of dates, times, versions, paths and references ({@code v2.3.1},
 * {@code 01.03.2024}, {@code 12:30}, {@code INC-12345}, {@code 192.168.1.10}) it is part of something else; followed
 * by a unit or currency ({@code 12.50, 13.75 EUR}, {@code 3.5 km}) it is a quantity.
 */
final class Surroundings {

	/** Characters that glue a number to what comes before it into a date, path, time, reference or address. */
	private static final String GLUE_BEFORE = ".:/\\#_@-+−–&";

	/** Characters that glue a number to what comes after it. */
	private static final String GLUE_AFTER = ":/\\#_@%";

	/** Currency signs that make the following numbers amounts. */
	private static final String CURRENCY_SIGNS = "$€£¥₽₴﷼";

	/** Units and currencies that make the preceding numbers quantities, in the languages of the corpus. */
	private static final Pattern UNIT = Pattern.compile(
			"\\s?(?:%|‰|°C|°F|[$€£¥₽₴﷼]|(?:k?m|cm|mm|mi|nm|NM|kg|g|t|l|L|h|hrs?|min|sec|kts?|knots?|[kMG]Hz|MHz"
					+ "|EUR|USD|GBP|CHF|RUB|IQD|IRR|dollars?|euros?|км|м|кг|руб\\p{L}*|евро|доллар\\p{L}*"
					+ "|دولار|دينار|ريال|تومان|کیلومتر|كم|متر)(?![\\p{L}\\p{N}]))",
			Pattern.UNICODE_CASE);

	private Surroundings() {
	}

	/**
	 * Whether the span from {@code start} to just before {@code end} of the scanning text stands apart from its neighbours as a coordinate.
	 */
	static boolean standsApart(String text, int start, int end) {
		return apartBefore(text, start) && apartAfter(text, end) && !followedByUnit(text, end);
	}

	private static boolean apartBefore(String text, int start) {
		if (start == 0) {
			return true;
		}
		char before = text.charAt(start - 1);
		return !gluing(before) && GLUE_BEFORE.indexOf(before) < 0 && CURRENCY_SIGNS.indexOf(before) < 0
				&& !(before == ' ' && start >= 2 && CURRENCY_SIGNS.indexOf(text.charAt(start - 2)) >= 0);
	}

	private static boolean apartAfter(String text, int end) {
		if (end == text.length()) {
			return true;
		}
		char after = text.charAt(end);
		if (gluing(after) || GLUE_AFTER.indexOf(after) >= 0) {
			return false;
		}
		// A full stop, comma or hyphen followed by a digit continues the number: 01.03.2024, 1,250.00, 0001-2400.
		boolean continued = ".,-".indexOf(after) >= 0 && end + 1 < text.length()
				&& Character.isDigit(text.charAt(end + 1));
		return !continued;
	}

	/**
	 * Letters and digits glue, except Arabic-script letters: Arabic writes "and" (و) and "at" (ب) against the
	 * next word, and the scanning text has already turned Arabic-Indic digits into ASCII ones.
	 */
	private static boolean gluing(char character) {
		if (!Character.isLetterOrDigit(character)) {
			return false;
		}
		return Character.UnicodeScript.of(character) != Character.UnicodeScript.ARABIC;
	}

	private static boolean followedByUnit(String text, int end) {
		return UNIT.matcher(text).region(end, text.length()).lookingAt();
	}

}
