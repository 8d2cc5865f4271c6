package org.entente.geo;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.entente.geo.internal.ExtractionCandidate;
import org.entente.geo.internal.ScanText;
import org.entente.geo.internal.TextCandidates;

/**
 * Finds every coordinate in a free text (a message, an article, a chat) in the notations {@link CoordinateParser}
 * reads, with where it stands in the text.
 *
 * <p>
 * The text is scanned in a copy of the same length, so that every offset is an offset in the original: Arabic-Indic
 * (U+0660–0669) and Persian (U+06F0–06F9) digits read as ASCII digits, the Arabic decimal separator (U+066B) as a full
 * stop, the Arabic comma (U+060C) as a comma, the Arabic thousands separator (U+066C) as a comma except between
 * digits, where it makes one whole number ({@code ٣٣٬٣١٢}), and hemisphere words as their letters ({@code с. ш.},
 * {@code в. д.}, {@code северной широты}, {@code северная широта}; {@code شمالاً}, {@code شرقاً}; {@code شمالی},
 * {@code غربی}; {@code nord}, {@code est}, {@code ouest} right after a mark). Labels ({@code lat:}, {@code Long.},
 * {@code широта}, {@code خط العرض}, {@code طول جغرافیایی}), the Arabic "and" (و) between two numbers and "et",
 * "и", "and" after a hemisphere read as spaces; a longitude label before the first number of an unlettered pair
 * says it is the longitude. The Persian and Arabic word for degree before a hemisphere word
 * ({@code ۲۷٫۱۸ درجه عرض شمالی}) reads as a degree mark, the hyphens of {@code 36-20-06N} as spaces, and a spaced
 * slash after a word announcing coordinates ({@code Lat/Long : -20.8823 / 55.4504}) as the separator. Whatever is
 * shaped like a coordinate is then read by {@link CoordinateParser}; this class adds no
 * parsing of its own, only the rules of what counts as a coordinate in running text, which are those of an analyst
 * who reads the text:
 * <ul>
 * <li><b>Decimal degrees</b> count with a hemisphere letter or a degree sign ({@code 33.3N 44.4E},
 * {@code 48,85° N, 2,35° E}) or, without either, only as a pair of numbers with at least two decimals each
 * ({@code 33.31, 44.36}, {@code -12.0464,-77.0428}): a bare pair with fewer decimals is as often a score, a price or
 * a range ({@code 3.5 4.5}), and a bare pair of whole numbers is never taken for a coordinate. A bare pair with
 * decimal commas needs three decimals ({@code 6,45, 7,10} is unreadable), and a bare pair is no coordinate when it
 * follows a word naming versions ({@code Ubuntu 20.04, 22.04}). One hemisphere letter alone ({@code 36,19 E}) is no
 * evidence: the letters count when both halves have one.</li>
 * <li><b>Lists of bare numbers</b> (more than two joined by commas, semicolons or "and", "et", "и"...) are read only
 * as lists of pairs, two by two from the first number: an even count, every pair a latitude and a longitude, and the
 * pairs shown either by the joints ({@code 33.31, 44.36 and 34.12, 45.56}, {@code 33.31,44.36;34.12,45.56}) or by at
 * least four decimals on every number ({@code 33.3152,44.3661,34.1234,45.5678}). Otherwise no number of the list is
 * a coordinate: lists joined alike of numbers with two or three decimals are prices, versions and scores
 * ({@code 9.25, 9.50, 9.75, 10.00}), and an odd list ({@code 20.04, 22.04 and 24.04}) pairs up no way. Numbers
 * joined by spaces or line breaks belong to the list when it then reads as pairs ({@code 33.31 44.36, 33.33 44.40},
 * a waypoint a line).</li>
 * <li><b>Degrees and minutes, degrees minutes and seconds</b> count only with marks ({@code ° ' ″}, {@code d m s})
 * or hemisphere letters; the compact military form {@code 331854N 0442158E} has its letters.</li>
 * <li><b>MGRS and UTM</b> count when the parser accepts the zone, band, square and digits; spaced MGRS must be
 * upper case, and a band and square that spell a month ({@code 10 MAR 2024}) are a date.</li>
 * <li>A coordinate stands apart: glued to letters, digits or the punctuation of dates, times, versions, addresses
 * and references before or after it ({@code 01.03.2024}, {@code 2024-03-01}, {@code 12:30:45}, {@code v2.3.1},
 * {@code 192.168.1.10}, {@code ORIG-2026-00042}, {@code ticket #4455}) it is part of something else, and followed
 * by a unit or a currency ({@code 12.50, 13.75 EUR}, {@code 12.5 km}) or preceded by a currency sign it is a
 * quantity. Phone numbers ({@code +33 1 23 45 67 89}, {@code (555) 123-4567}) are whole numbers without marks.</li>
 * <li>Two coordinates may touch. A comma, semicolon or Arabic comma with no space separates them as well as one with a
 * space ({@code 38SMB4488,38SMB4589}, {@code 33.3152N 44.3661E,34.1234N 45.5678E}), and a number right after a
 * hemisphere letter begins the next one ({@code 44°21'58″E34°00'00″N}): the letter closed its value. A comma
 * between digits still continues a number ({@code 1,250.00}, {@code 48,85}), and a number right after a mark
 * another value of the same coordinate ({@code 33°18'54″}), unless a coordinate begins right there: so
 * {@code 33°33°33°33°} is two coordinates of whole degrees, as its marks pair up from the start, and
 * {@code 33°33°33°} none.</li>
 * <li>Where candidates overlap, the ones kept together cover the most text, so the longest reading wins; between
 * equally long readings the most specific notation wins (MGRS, UTM, DMS, degrees and minutes, decimal
 * degrees), then the one ending first. A reading made of the second half of one coordinate and the first half of
 * the next ({@code 44°21'58″E,34°00'00″N}) therefore never wins over the two: together they cover more.</li>
 * </ul>
 */
public final class CoordinateExtractor {

	/** Each character covered outweighs any preference between notations, which only breaks ties. */
	private static final int WEIGHT_PER_CHARACTER = 8;

	private CoordinateExtractor() {
	}

	/**
	 * The coordinates in the text, in the order they appear, none overlapping another.
	 */
	public static List<ExtractedCoordinate> extract(String text) {
		requireNonNull(text, "text is null");
		List<ExtractionCandidate> candidates = TextCandidates.find(ScanText.of(text));
		return withoutOverlaps(candidates).stream().map((candidate) -> extracted(text, candidate)).toList();
	}

	/**
	 * Of the overlapping candidates, the set that covers the most text, found by weighted interval scheduling; among
	 * sets covering as much, the one in the more specific notations. Covering the most text rather than taking the
	 * longest candidate first keeps {@code A, B و C, D} (two pairs joined by the Arabic "and") as two pairs instead
	 * of the one pair {@code B و C} straddling them. Between sets that weigh the same, the walk back keeps the
	 * candidate ending first: {@code 44°21'58″E,34°00'00″N} in {@code 33°18'54″N 44°21'58″E,34°00'00″N} is as long as
	 * the coordinate before it, which stays.
	 */
	private static List<ExtractionCandidate> withoutOverlaps(List<ExtractionCandidate> candidates) {
		List<ExtractionCandidate> byEnd = new ArrayList<>(candidates);
		byEnd.sort(Comparator.comparingInt(ExtractionCandidate::end).thenComparingInt(ExtractionCandidate::start));
		long[] best = new long[byEnd.size() + 1];
		for (int index = 1; index <= byEnd.size(); index++) {
			ExtractionCandidate candidate = byEnd.get(index - 1);
			long taken = weight(candidate) + best[lastEndingBefore(byEnd, candidate.start(), index - 1)];
			best[index] = Math.max(best[index - 1], taken);
		}
		List<ExtractionCandidate> kept = new ArrayList<>();
		for (int index = byEnd.size(); index > 0;) {
			ExtractionCandidate candidate = byEnd.get(index - 1);
			int previous = lastEndingBefore(byEnd, candidate.start(), index - 1);
			if (best[index] == weight(candidate) + best[previous] && best[index] != best[index - 1]) {
				kept.add(0, candidate);
				index = previous;
			}
			else {
				index--;
			}
		}
		return kept;
	}

	/**
	 * How many of the first {@code count} candidates (sorted by end) end at or before {@code start}: a binary search.
	 */
	private static int lastEndingBefore(List<ExtractionCandidate> byEnd, int start, int count) {
		int low = 0;
		int high = count;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (byEnd.get(middle).end() <= start) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private static long weight(ExtractionCandidate candidate) {
		return (long) candidate.length() * WEIGHT_PER_CHARACTER + (4 - specificity(candidate));
	}

	/** Lower is more specific: a grid reference says exactly what it is, a pair of numbers less so. */
	private static int specificity(ExtractionCandidate candidate) {
		return switch (candidate.coordinate().format()) {
			case MGRS -> 0;
			case UTM -> 1;
			case DEGREES_MINUTES_SECONDS -> 2;
			case DEGREES_DECIMAL_MINUTES -> 3;
			case DECIMAL_DEGREES -> 4;
		};
	}

	private static ExtractedCoordinate extracted(String text, ExtractionCandidate candidate) {
		Coordinate coordinate = candidate.coordinate();
		return new ExtractedCoordinate(coordinate.latitude(), coordinate.longitude(), coordinate.precisionMeters(),
				coordinate.format(), candidate.start(), candidate.end(),
				text.substring(candidate.start(), candidate.end()));
	}

}
