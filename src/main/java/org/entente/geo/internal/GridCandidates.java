package org.entente.geo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.geo.Coordinate;

/**
 * Finds MGRS references and UTM coordinates in a scanning text. The patterns only find what is shaped like one; the
 * parser decides whether it is one.
 */
final class GridCandidates {

	/**
	 * Zone, band, 100 km square, then 1 to 5 digits each of easting and northing, together or apart. Apart digits
	 * come first, or the pattern would stop after the easting.
	 */
	private static final Pattern MGRS = Pattern.compile(
			"(?<![\\p{L}\\p{N}./:-])(\\d{1,2})( ?)([C-HJ-NP-X])( ?)([A-HJ-NP-Z][A-HJ-NP-V])( ?)(\\d{1,5} \\d{1,5}|\\d{2,10})"
					+ "(?![\\p{L}\\p{N}])",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Zone, hemisphere or band, easting of six digits (or seven with a leading zero) and northing, each optionally
	 * followed by its letter.
	 */
	private static final Pattern UTM = Pattern.compile(
			"(?<![\\p{L}\\p{N}./:-])\\d{1,2} ?[C-HJ-NP-X] 0?\\d{6}(?:\\.\\d{1,6})? ?(?:m?E)? \\d{1,8}(?:\\.\\d{1,6})?"
					+ "(?: ?m?N)?(?![\\p{L}\\p{N}])");

	/**
	 * Band, column and row letters that spell a month, as in {@code 10 MAR 2024} or a date-time group: read as a
	 * date, never as a grid square.
	 */
	private static final Set<String> MONTHS = Set.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
			"OCT", "NOV", "DEC");

	private GridCandidates() {
	}

	static List<ExtractionCandidate> find(ScanText scan) {
		String text = scan.text();
		List<ExtractionCandidate> candidates = new ArrayList<>();
		Matcher mgrs = MGRS.matcher(text);
		while (mgrs.find()) {
			if (isPlausibleMgrs(mgrs)) {
				read(scan, mgrs.start(), mgrs.end(), candidates);
			}
		}
		Matcher utm = UTM.matcher(text);
		while (utm.find()) {
			read(scan, utm.start(), utm.end(), candidates);
		}
		return candidates;
	}

	/** Whether a grid reference begins at {@code position}, whatever follows it. */
	static boolean readingStartsAt(ScanText scan, int position) {
		String text = scan.text();
		Matcher mgrs = MGRS.matcher(text).region(position, text.length());
		mgrs.useTransparentBounds(true).useAnchoringBounds(false);
		if (mgrs.lookingAt() && isPlausibleMgrs(mgrs) && scan.parsed(position, mgrs.end()) != null) {
			return true;
		}
		Matcher utm = UTM.matcher(text).region(position, text.length());
		utm.useTransparentBounds(true).useAnchoringBounds(false);
		return utm.lookingAt() && scan.parsed(position, utm.end()) != null;
	}

	/**
	 * Lower case is accepted only when written solid ({@code 38smb4488}, as typed in chat): with spaces, lower-case
	 * letters are far more often words and numbers ({@code 2 mb 1024}).
	 */
	private static boolean isPlausibleMgrs(Matcher mgrs) {
		String letters = mgrs.group(3) + mgrs.group(5);
		boolean spaced = !(mgrs.group(2) + mgrs.group(4) + mgrs.group(6)).isEmpty() || mgrs.group(7).contains(" ");
		if (spaced && !letters.equals(letters.toUpperCase(Locale.ROOT))) {
			return false;
		}
		return !MONTHS.contains(letters.toUpperCase(Locale.ROOT));
	}

	private static void read(ScanText scan, int start, int end, List<ExtractionCandidate> candidates) {
		String text = scan.text();
		Surroundings.Standing standing = Surroundings.standing(text, start, end);
		if (standing.glued() || standing.previousEnd() >= 0) {
			return;
		}
		// Shaped like a grid reference but maybe not a valid one: a product code, a serial number.
		Coordinate coordinate = scan.parsed(start, end);
		if (coordinate != null
				&& (standing.nextStart() < 0 || TextCandidates.readingStartsAt(scan, standing.nextStart()))) {
			candidates.add(new ExtractionCandidate(start, end, coordinate));
		}
	}

}
