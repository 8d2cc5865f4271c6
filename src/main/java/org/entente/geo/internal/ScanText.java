package org.entente.geo.internal;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.geo.Coordinate;
import org.entente.geo.CoordinateParseException;
import org.entente.geo.CoordinateParser;

/**
 * A copy of a text to look for coordinates in, exactly as long as the original so that every offset in it is an
 * offset in the original: Arabic-Indic and Persian digits become ASCII digits, Arabic decimal and thousands
 * separators and the Arabic comma become their ASCII counterparts, direction marks and unusual spaces become plain
 * spaces, and words that people write instead of hemisphere letters ({@code с. ш.}, {@code شمالاً}, {@code شرقی})
 * become the letter followed by spaces.
 */
public final class ScanText {

	/**
	 * Russian abbreviations and words for the hemispheres: "северной широты", "с. ш.", "в. д.", and the nominative
	 * "северная широта", "восточная долгота" that stand before the value.
	 */
	private static final Pattern RUSSIAN_HEMISPHERE = Pattern.compile(
			"(?<![\\p{L}\\p{M}])(?:(с)\\.\\s?ш\\.?|(ю)\\.\\s?ш\\.?|(в)\\.\\s?д\\.?|(з)\\.\\s?д\\.?"
					+ "|(северн)(?:ой\\s+широты|ая\\s+широта)|(южн)(?:ой\\s+широты|ая\\s+широта)"
					+ "|(восточн)(?:ой\\s+долготы|ая\\s+долгота)|(западн)(?:ой\\s+долготы|ая\\s+долгота))"
					+ "(?![\\p{L}\\p{M}])",
			Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

	/**
	 * French and English words for the hemispheres, only right after a number with its degree, minute or second mark
	 * ({@code 48° 51′ 11″ nord, 2° 20′ 59″ est}): elsewhere "est" is a verb, "nord" a noun and "l'est" a direction.
	 */
	private static final Pattern LATIN_HEMISPHERE_WORD = Pattern.compile(
			"(?<=\\d)(?:''|[°º˚′″'\"’”]) ?((nord|north)|(sud|south)|(est|east)|(ouest|west))(?![\\p{L}\\p{M}])",
			Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

	/** Arabic ("شمالاً", "شرقا") and Persian ("شمالی", "غربی") words for the hemispheres. */
	private static final Pattern ARABIC_SCRIPT_HEMISPHERE = Pattern
		.compile("(?<![\\p{L}\\p{M}])(شمال|جنوب|شرق|غرب)(?:اً|ًا|ا|ی|ي)?(?![\\p{L}\\p{M}])");

	/**
	 * The word for "degree" in Arabic and Persian before a hemisphere word, with or without "latitude" or
	 * "longitude" between them, as Iranian and Arab seismological reports write it ({@code ۲۷٫۱۸ درجه عرض شمالی}): a
	 * degree mark. Elsewhere (a temperature) it is left alone.
	 */
	private static final Pattern DEGREE_WORD = Pattern.compile(
			"(?=درج)(?<=\\d ?)درج[هة](?=\\s+(?:(?:عرض|طول)\\s+)?(?:شمال|جنوب|شرق|غرب))");

	/** A conjunction between a hemisphere letter and the number after it: {@code 43,12° N et 5,93° E}. */
	private static final Pattern CONJUNCTION_AFTER_HEMISPHERE = Pattern.compile(
			"(?<![\\p{L}\\p{M}])[NSEWO] +(et|и|and)(?= +[-+−]?\\d)");

	/**
	 * Hyphens in the military DD-MM-SS form, always with its hemisphere letter: {@code 36-20-06N 043-07-08E}.
	 */
	private static final Pattern HYPHENATED_DMS = Pattern
		.compile("(?<![\\p{L}\\p{N}.,/:-])\\d{1,3}(-)\\d{2}(-)\\d{2}(?:\\.\\d+)? ?[NSEWO](?![\\p{L}\\p{N}])");

	/**
	 * A slash with spaces on both sides between two numbers, shortly after a word that announces coordinates, as in
	 * {@code Lat/Long : -20.8823 / 55.4504}: a separator. Elsewhere {@code 1.0850 / 1.0852} is a bid and an ask.
	 */
	private static final Pattern SPACED_SLASH = Pattern.compile(" / (?=[-+−]?\\d)");

	/** Words that announce coordinates, looked for shortly before a spaced slash. */
	private static final Pattern COORDINATE_WORD = Pattern.compile(
			"(?:lat|coord|gps|position|координат|إحداثي|احداثي|مختصات)[^\\n]*\\d$",
			Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

	/** How far before a spaced slash a word announcing coordinates is looked for. */
	private static final int SLASH_CONTEXT = 48;

	/** The Arabic "and" (و), standalone or written against the number it joins, between latitude and longitude. */
	private static final Pattern ARABIC_AND = Pattern.compile("(?<![\\p{L}\\p{M}])و(?=\\s*\\d)");

	/**
	 * Labels before a latitude or longitude ({@code lat:}, {@code Long.}, {@code Lat/Long :}, {@code широта}), which
	 * would otherwise split a pair into two runs of tokens. A double label ({@code lon/lat}) tells the order by its
	 * first word.
	 */
	private static final Pattern LABEL = Pattern.compile(
			"(?<![\\p{L}\\p{M}])(?:(?:(?:lat(?:itude)?|lon(?:g(?:itude)?)?)\\.? ?[/,] ?)?(?:lat(?:itude)?|lon(?:g(?:itude)?)?)(?![\\p{L}\\p{M}])\\.?|(?:широта|долгота)(?![\\p{L}\\p{M}]))"
					+ "\\s*[:=]?",
			Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

	/**
	 * Arabic ("خط العرض", "وخط الطول") and Persian ("عرض جغرافیایی", "طول") labels. The bare Persian words also mean
	 * "width" and "length" ({@code عرض ۱٫۵۰ طول ۲٫۲۵}), so they are labels only before a hemisphere word, a degree
	 * mark or a number with at least three decimals.
	 */
	private static final Pattern ARABIC_SCRIPT_LABEL = Pattern
		.compile("(?=[وخعط])(?<![\\p{L}\\p{M}])(?:(?:(?:و ?)?خط +(?:ال)?(?:عرض|طول)|(?:عرض|طول) +(?:جغرافیایی|جغرافي))"
				+ "(?![\\p{L}\\p{M}]) *[:=]?(?= *(?:[-+−]?\\d|[NSEW](?![\\p{L}\\p{M}])))"
				+ "|(?:عرض|طول)(?![\\p{L}\\p{M}]) *[:=]?(?= *(?:[-+−]?\\d+(?:\\.\\d{3,}| ?°)|[NSEW](?![\\p{L}\\p{M}]))))");

	private final String original;

	private final char[] scanned;

	/** For the letter that replaced a hemisphere word, the end of that word in the original; else 0. */
	private final int[] wordEnds;

	/** Where a longitude label ({@code lon}, {@code долгота}, {@code طول}) was blanked. */
	private final boolean[] longitudeLabels;

	/** The finished scanning copy, made once: every candidate reads it. */
	private String text = "";

	/** Whether a coordinate begins at a position, for the positions asked about so far. */
	private final Map<Integer, Boolean> readingStarts = new HashMap<>();

	/** Whether a coordinate ends at a position, for the positions asked about so far. */
	private final Map<Integer, Boolean> readingEnds = new HashMap<>();

	/** What the parser made of each span asked about so far: a coordinate, or NOT_A_COORDINATE. */
	private final Map<Long, Object> parsed = new HashMap<>();

	private static final Object NOT_A_COORDINATE = new Object();

	/** The lists of bare numbers in the scanning copy, made when first asked for. */
	private NumberLists numberLists;

	private ScanText(String original) {
		this.original = original;
		this.scanned = original.toCharArray();
		this.wordEnds = new int[original.length()];
		this.longitudeLabels = new boolean[original.length()];
	}

	/**
	 * The scanning copy of the text.
	 */
	public static ScanText of(String original) {
		requireNonNull(original, "original is null");
		ScanText scan = new ScanText(original);
		scan.replaceCharacters();
		scan.replaceGroups(HYPHENATED_DMS, ' ');
		scan.replaceSpacedSlashes();
		scan.markDegreeWords();
		scan.replaceHemisphereWords(RUSSIAN_HEMISPHERE);
		scan.replaceHemisphereWords(ARABIC_SCRIPT_HEMISPHERE);
		scan.replaceHemisphereWords(LATIN_HEMISPHERE_WORD, 1);
		scan.blankLabels(LABEL);
		scan.blankLabels(ARABIC_SCRIPT_LABEL);
		scan.blank(ARABIC_AND);
		scan.replaceGroups(CONJUNCTION_AFTER_HEMISPHERE, ' ');
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
	 * Whether the nearest label before {@code start}, with only spaces between, names the longitude: then the number
	 * there is the longitude, as in {@code lon 44.3615 lat 33.3128} or {@code طول ۵۱٫۳۸۹۰ و عرض ۳۵٫۶۸۹۲}.
	 */
	public boolean startsWithLongitudeLabel(int start) {
		for (int index = start - 1; index >= 0 && this.text.charAt(index) == ' '; index--) {
			if (this.longitudeLabels[index]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What {@link CoordinateParser} reads in the span of the scanning copy, or null if it is no coordinate; each span
	 * is parsed once, though both a candidate and its neighbour's check may ask.
	 */
	Coordinate parsed(int start, int end) {
		long span = ((long) start << 32) | end;
		Object known = this.parsed.get(span);
		if (known == null) {
			try {
				known = CoordinateParser.parse(this.text.substring(start, end));
			}
			catch (CoordinateParseException notACoordinate) {
				known = NOT_A_COORDINATE;
			}
			this.parsed.put(span, known);
		}
		return (known == NOT_A_COORDINATE) ? null : (Coordinate) known;
	}

	/** The lists of bare numbers in the scanning copy. */
	NumberLists numberLists() {
		if (this.numberLists == null) {
			this.numberLists = new NumberLists(this.text);
		}
		return this.numberLists;
	}

	/**
	 * Whether a coordinate begins at {@code position}, worked out once by {@code reads}.
	 */
	boolean readingStartsAt(int position, BooleanSupplier reads) {
		return remembered(this.readingStarts, position, reads);
	}

	/**
	 * Whether a coordinate ends at {@code position}, worked out once by {@code reads}.
	 */
	boolean readingEndsAt(int position, BooleanSupplier reads) {
		return remembered(this.readingEnds, position, reads);
	}

	private static boolean remembered(Map<Integer, Boolean> known, int position, BooleanSupplier reads) {
		Boolean answer = known.get(position);
		if (answer == null) {
			answer = reads.getAsBoolean();
			known.put(position, answer);
		}
		return answer;
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
		// The Arabic thousands separator between digits groups thousands (٣٣٬٣١٢ people): it glues the digits into
		// one whole number instead of reading as a decimal comma.
		for (int index = 1; index + 1 < this.scanned.length; index++) {
			if (this.original.charAt(index) == '\u066C' && isAsciiDigit(this.scanned[index - 1])
					&& isAsciiDigit(this.scanned[index + 1])) {
				this.scanned[index] = '_';
			}
		}
	}

	private static boolean isAsciiDigit(char character) {
		return character >= '0' && character <= '9';
	}

	private void markDegreeWords() {
		Matcher matcher = DEGREE_WORD.matcher(new String(this.scanned));
		while (matcher.find()) {
			this.scanned[matcher.start()] = '°';
			for (int index = matcher.start() + 1; index < matcher.end(); index++) {
				this.scanned[index] = ' ';
			}
		}
	}

	private void replaceSpacedSlashes() {
		String current = new String(this.scanned);
		Matcher matcher = SPACED_SLASH.matcher(current);
		while (matcher.find()) {
			int start = matcher.start();
			if (COORDINATE_WORD.matcher(current).region(Math.max(0, start - SLASH_CONTEXT), start).find()) {
				this.scanned[start + 1] = ';';
			}
		}
	}

	/** Replaces every character of every matched group by the given one. */
	private void replaceGroups(Pattern pattern, char replacement) {
		Matcher matcher = pattern.matcher(new String(this.scanned));
		while (matcher.find()) {
			for (int group = 1; group <= matcher.groupCount(); group++) {
				for (int index = matcher.start(group); index < matcher.end(group); index++) {
					this.scanned[index] = replacement;
				}
			}
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
		replaceHemisphereWords(words, 0);
	}

	/** Replaces the word matched by the given group (0 for the whole match) by its hemisphere letter. */
	private void replaceHemisphereWords(Pattern words, int wordGroup) {
		Matcher matcher = words.matcher(new String(this.scanned));
		while (matcher.find()) {
			int start = matcher.start(wordGroup);
			this.scanned[start] = hemisphereLetter(firstGroup(matcher));
			this.wordEnds[start] = matcher.end(wordGroup);
			for (int index = start + 1; index < matcher.end(wordGroup); index++) {
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
			case "с", "северн", "شمال", "nord", "north" -> 'N';
			case "ю", "южн", "جنوب", "sud", "south" -> 'S';
			case "в", "восточн", "شرق", "est", "east" -> 'E';
			case "з", "западн", "غرب", "ouest", "west" -> 'W';
			default -> throw new IllegalStateException("not a hemisphere word: " + word);
		};
	}

	private void blankLabels(Pattern pattern) {
		Matcher matcher = pattern.matcher(new String(this.scanned));
		while (matcher.find()) {
			String label = matcher.group().toLowerCase(java.util.Locale.ROOT);
			boolean longitude = label.startsWith("lo") || label.startsWith("долгот") || label.contains("طول");
			for (int index = matcher.start(); index < matcher.end(); index++) {
				this.scanned[index] = ' ';
				this.longitudeLabels[index] = longitude;
			}
		}
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
