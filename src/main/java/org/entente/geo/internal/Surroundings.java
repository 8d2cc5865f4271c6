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

	/** The marks of degrees, minutes and seconds, as {@link AngularCandidates} reads them. */
	private static final String MARKS = "°º˚'′’\"″”";

	/** Currency signs that make the following numbers amounts. */
	private static final String CURRENCY_SIGNS = "$€£¥₽₴﷼";

	/** Units and currencies that make the preceding numbers quantities, in the languages of the corpus. */
	private static final Pattern UNIT = Pattern.compile(
			"\\s?(?:%|‰|٪|°C|°F|[$€£¥₽₴﷼]|(?:k?m|cm|mm|mi|nm|NM|kg|g|t|l|L|h|hrs?|min|sec|kts?|knots?|[kMG]Hz|MHz"
					+ "|EUR|USD|GBP|CHF|RUB|IQD|IRR|dollars?|euros?|км|м|кг|руб\\p{L}*|евро|доллар\\p{L}*"
					+ "|per\\s(?:cent|gallon|litre|liter|barrel|tonne|ton|kilo|unit|share|head|night|day|month|year)"
					+ "|percent|pct|points?|pts|процент\\p{L}*|балл\\p{L}*"
					+ "|دولار|دينار|ريال|تومان|کیلومتر|كم|متر|درصد|بالمئة|بالمائة)(?![\\p{L}\\p{N}]))",
			Pattern.UNICODE_CASE);

	/**
	 * Words right before which numbers are versions: {@code Ubuntu 20.04, 22.04}, {@code Python 3.11, 3.12},
	 * {@code versions 3.10, 3.11}.
	 */
	private static final Pattern VERSION_WORD = Pattern.compile(
			"v|ver|versions?|firmware|ubuntu|debian|python|android|ios|windows|macos|kernel"
					+ "|версии|версия|версий|версиях|نسخه(?:\u200C?ها(?:ی)?)?|نسخة|نسخ|الإصدار(?:ات|ين)?|الاصدار(?:ات|ين)?"
					+ "|إصدار(?:ات)?|اصدار(?:ات)?",
			Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

	private Surroundings() {
	}

	/**
	 * How a span stands among its neighbours: glued to them (part of something else), apart, or apart provided that
	 * another coordinate ends right where it begins ({@code previousEnd}) or begins right after it
	 * ({@code nextStart}); -1 where nothing is needed.
	 */
	record Standing(boolean glued, int previousEnd, int nextStart) {

		static final Standing GLUED = new Standing(true, -1, -1);

	}

	/**
	 * How the span from {@code start} to just before {@code end} of the scanning text stands among its neighbours.
	 * Two coordinates may touch, with a comma, a semicolon or nothing between them
	 * ({@code 33°18'54″N 44°21'58″E,34°00'00″N 45°00'00″E}, {@code 38SMB4488,38SMB4589}):
	 * <ul>
	 * <li>a hemisphere letter closes its number, so a number right after it, or after a comma right after it, begins
	 * something new; before a span, such a letter (glued to the number it closes) does not glue either;</li>
	 * <li>a comma after a mark begins something new too, but a number right after a mark, or a mark right before a
	 * span, may be the next part of one value ({@code 33°18'54″}): apart only if that number is degrees with their
	 * mark and a coordinate begins (or ends) there;</li>
	 * <li>a comma between digits continues a number ({@code 1,250.00}, {@code 48,85}) unless a coordinate begins right
	 * after it.</li>
	 * </ul>
	 */
	static Standing standing(String text, int start, int end) {
		int previousEnd = -1;
		if (start > 0 && isMark(text.charAt(start - 1)) && start >= 2 && isAsciiDigit(text.charAt(start - 2))) {
			if (!isDegreesAt(text, start)) {
				return Standing.GLUED;
			}
			previousEnd = start;
		}
		else if (!(start > 0 && closesNumber(text, start - 1)) && !apartBefore(text, start)) {
			return Standing.GLUED;
		}
		int nextStart = -1;
		if (end < text.length()) {
			char last = text.charAt(end - 1);
			char after = text.charAt(end);
			boolean commaBeforeDigit = after == ',' && end + 1 < text.length() && isAsciiDigit(text.charAt(end + 1));
			if (isHemisphereLetter(last) && (isAsciiDigit(after) || commaBeforeDigit)
					|| isMark(last) && commaBeforeDigit) {
				// Apart: the letter or mark closed the last number.
			}
			else if (isMark(last) && isAsciiDigit(after)) {
				if (!isDegreesAt(text, end)) {
					return Standing.GLUED;
				}
				nextStart = end;
			}
			else if (isAsciiDigit(last) && commaBeforeDigit) {
				nextStart = end + 1;
			}
			else if (!apartAfter(text, end)) {
				return Standing.GLUED;
			}
		}
		return followedByUnit(text, end) ? Standing.GLUED : new Standing(false, previousEnd, nextStart);
	}

	/**
	 * Whether the number at {@code position} is degrees, with their mark: only such a number may begin a new value
	 * right after another's mark ({@code 33°33°|33°33°}); {@code 33°18'|54″} goes on with the seconds.
	 */
	private static boolean isDegreesAt(String text, int position) {
		int index = position;
		while (index < text.length() && (isAsciiDigit(text.charAt(index)) || text.charAt(index) == '.')) {
			index++;
		}
		return index > position && index < text.length() && "°º˚".indexOf(text.charAt(index)) >= 0;
	}

	/** The marks of degrees, minutes and seconds. */
	private static boolean isMark(char character) {
		return MARKS.indexOf(character) >= 0;
	}

	private static boolean isHemisphereLetter(char character) {
		return "NSEWO".indexOf(character) >= 0;
	}

	/** Whether the character at {@code index} is a hemisphere letter written against the number it closes. */
	private static boolean closesNumber(String text, int index) {
		return isHemisphereLetter(text.charAt(index)) && index > 0
				&& (isAsciiDigit(text.charAt(index - 1)) || isMark(text.charAt(index - 1)));
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

	/**
	 * Whether a bare pair of decimal numbers (no marks, no hemisphere letters) is rather two items of a longer list
	 * that does not read as a list of pairs ({@code 9.25, 9.50 and 9.75}, see {@link NumberLists}), or follows a
	 * word naming versions ({@code Ubuntu 20.04, 22.04}).
	 */
	static boolean isInListOrVersion(ScanText scan, int start, int end) {
		return afterVersionWord(scan.text(), start) || scan.numberLists().isRefusedInList(start, end);
	}

	/** Whether the word right before {@code start}, past spaces and a colon, names versions. */
	private static boolean afterVersionWord(String text, int start) {
		int end = skipSpacesBack(text, start);
		if (end > 0 && (text.charAt(end - 1) == ':' || text.charAt(end - 1) == '=')) {
			end = skipSpacesBack(text, end - 1);
		}
		int begin = end;
		while (begin > 0 && (Character.isLetter(text.charAt(begin - 1)) || text.charAt(begin - 1) == '\u200C')) {
			begin--;
		}
		boolean word = begin < end && (begin == 0 || !Character.isDigit(text.charAt(begin - 1)));
		return word && VERSION_WORD.matcher(text).region(begin, end).matches();
	}

	static int skipSpacesBack(String text, int end) {
		int position = end;
		while (position > 0 && Character.isWhitespace(text.charAt(position - 1))) {
			position--;
		}
		return position;
	}

	static boolean isAsciiDigit(char character) {
		return character >= '0' && character <= '9';
	}

	private static boolean followedByUnit(String text, int end) {
		// Every unit begins with a letter or a sign, after at most one space: anything else needs no matcher.
		int first = (end < text.length() && Character.isWhitespace(text.charAt(end))) ? end + 1 : end;
		if (first >= text.length()
				|| !Character.isLetter(text.charAt(first)) && "%‰٪°$€£¥₽₴﷼".indexOf(text.charAt(first)) < 0) {
			return false;
		}
		return UNIT.matcher(text).region(end, text.length()).lookingAt();
	}

}
