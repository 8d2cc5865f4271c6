package org.entente.geo.internal;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of a text to look for coordinates in, exactly as long as the original so that every offset in it is an
 * offset in the original: Arabic-Indic and Persian digits become ASCII digits, Arabic decimal and thousands
 * separators and the Arabic comma become their ASCII counterparts, direction marks and unusual spaces become plain
 * spaces, and words that people write instead of hemisphere letters ({@code с. ш.}, {@code شمالاً}, {@code شرقی})
 * become the letter followed by spaces.
 */
public final class ScanText {

	/** Russian abbreviations and words for the hemispheres: "северной широты", "с. ш.", "в. д.". */
	private static final Pattern RUSSIAN_HEMISPHERE = Pattern.compile(
			"(?<![\\p{L}\\p{M}])(?:(с)\\.\\s?ш\\.?|(ю)\\.\\s?ш\\.?|(в)\\.\\s?д\\.?|(з)\\.\\s?д\\.?"
					+ "|(северн)ой\\s+широты|(южн)ой\\s+широты|(восточн)ой\\s+долготы|(западн)ой\\s+долготы)"
					+ "(?![\\p{L}\\p{M}])",
			Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

	/** Arabic ("شمالاً", "شرقا") and Persian ("شمالی", "غربی") words for the hemispheres. */
	private static final Pattern ARABIC_SCRIPT_HEMISPHERE = Pattern
		.compile("(?<![\\p{L}\\p{M}])(شمال|جنوب|شرق|غرب)(?:اً|ًا|ا|ی|ي)?(?![\\p{L}\\p{M}])");

	/** The Arabic "and" (و), standalone or written against the number it joins, between latitude and longitude. */
	private static final Pattern ARABIC_AND = Pattern.compile("(?<![\\p{L}\\p{M}])و(?=\\s*\\d)");

	/** Labels before a latitude or longitude, which would otherwise split a pair into two runs of tokens. */
	private static final Pattern LABEL = Pattern.compile(
			"(?<![\\p{L}\\p{M}])(?:lat(?:itude)?|lon(?:g(?:itude)?)?|широта|долгота)(?![\\p{L}\\p{M}])\\s*[:=]?",
			Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

	private final String original;

	private final char[] scanned;

	/** For the letter that replaced a hemisphere word, the end of that word in the original; else 0. */
	private final int[] wordEnds;

	/** The finished scanning copy, made once: every candidate reads it. */
	private String text = "";

	private ScanText(String original) {
		this.original = original;
		this.scanned = original.toCharArray();
		this.wordEnds = new int[original.length()];
	}

	/**
	 * The scanning copy of the text.
	 */
	public static ScanText of(String original) {
		requireNonNull(original, "original is null");
		ScanText scan = new ScanText(original);
		scan.replaceCharacters();
		scan.replaceHemisphereWords(RUSSIAN_HEMISPHERE);
		scan.replaceHemisphereWords(ARABIC_SCRIPT_HEMISPHERE);
		scan.blank(ARABIC_AND);
		scan.blank(LABEL);
		scan.text = new String(scan.scanned);
		return scan;
	}

	/** The original text. */
	public String original() {
		return this.original;
	}

	/** The scanning copy, as long as the original. */
	public String text() {
		return this.text;
	}

	/**
	 * Where a coordinate ending at {@code end} really ends in the original: after the whole hemisphere word if its
	 * last character is the letter that stands for one.
	 */
	public int extendedEnd(int end) {
		return (end > 0 && this.wordEnds[end - 1] > 0) ? this.wordEnds[end - 1] : end;
	}

	private void replaceCharacters() {
		for (int index = 0; index < this.scanned.length; index++) {
			this.scanned[index] = scanned(this.scanned[index]);
		}
	}

	private static char scanned(char character) {
		if (character >= '\u0660' && character <= '\u0669') {
			return (char) ('0' + character - '\u0660');
		}
		if (character >= '\u06F0' && character <= '\u06F9') {
			return (char) ('0' + character - '\u06F0');
		}
		return switch (character) {
			// U+066B Arabic decimal separator, U+066C Arabic thousands separator, U+060C Arabic comma.
			case '\u066B' -> '.';
			case '\u066C', '\u060C' -> ',';
			case '\u061B' -> ';';
			// Direction marks that bidirectional editors paste around numbers in Arabic and Persian text.
			case '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2068',
					'\u2069' ->
				' ';
			default -> (Character.isSpaceChar(character) || character == '\t') ? ' ' : character;
		};
	}

	private void replaceHemisphereWords(Pattern words) {
		Matcher matcher = words.matcher(new String(this.scanned));
		while (matcher.find()) {
			this.scanned[matcher.start()] = hemisphereLetter(firstGroup(matcher));
			this.wordEnds[matcher.start()] = matcher.end();
			for (int index = matcher.start() + 1; index < matcher.end(); index++) {
				this.scanned[index] = ' ';
			}
		}
	}

	private static String firstGroup(Matcher matcher) {
		for (int group = 1; group <= matcher.groupCount(); group++) {
			if (matcher.group(group) != null) {
				return matcher.group(group).toLowerCase(java.util.Locale.ROOT);
			}
		}
		throw new IllegalStateException("a hemisphere word without a group");
	}

	private static char hemisphereLetter(String word) {
		return switch (word) {
			case "с", "северн", "شمال" -> 'N';
			case "ю", "южн", "جنوب" -> 'S';
			case "в", "восточн", "شرق" -> 'E';
			case "з", "западн", "غرب" -> 'W';
			default -> throw new IllegalStateException("not a hemisphere word: " + word);
		};
	}

	private void blank(Pattern pattern) {
		Matcher matcher = pattern.matcher(new String(this.scanned));
		while (matcher.find()) {
			for (int index = matcher.start(); index < matcher.end(); index++) {
				this.scanned[index] = ' ';
			}
		}
	}

}
