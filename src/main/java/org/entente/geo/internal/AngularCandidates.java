package org.entente.geo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.geo.Coordinate;
import org.entente.geo.CoordinateFormat;
import org.entente.geo.CoordinateParseException;

/**
 * Finds coordinates written in degrees in a scanning text. The text is cut into runs of the pieces such coordinates
 * are made of (numbers, degree, minute and second marks, hemisphere letters, separators, spaces); every stretch of
 * a run that could be one coordinate and stands apart from its neighbours is offered to the parser, and the ones it
 * reads and that carry evidence of being a coordinate are kept.
 */
final class AngularCandidates {

	/**
	 * One piece. Hemisphere letters stand alone or against a number, never inside a word; {@code d m s} are marks
	 * only right after a number, as in {@code 33d18m54sN}.
	 */
	private static final Pattern PIECE = Pattern.compile("(?<number>[-+−]?\\d+(?:\\.\\d+)?)"
			+ "|(?<mark>''|[°º˚'′’\"″”]|(?<=\\d)[dms](?=\\d|[ NSEWO]|$))"
			+ "|(?<hemisphere>(?<![\\p{L}&&[^dms]])[NSEWO](?!\\p{L}))" + "|(?<separator>[,;])"
			+ "|(?<space>[ ]+|\\r?\\n)");

	/** Degrees, minutes and seconds with marks, hemispheres and decimal commas, for both halves. */
	private static final int MOST_PIECES = 20;

	/** Degrees, minutes and seconds, each with a decimal comma, for both halves. */
	private static final int MOST_NUMBERS = 8;

	/** The precision of two decimals of a degree: bare decimal degrees need at least that many. */
	private static final double COARSEST_BARE_PRECISION_METERS = Precision.ofDecimals(
			Precision.METERS_PER_DEGREE_OF_LATITUDE, 2) * 1.0001;

	/** Bare decimal degrees written with decimal commas need three decimals. */
	private static final double COARSEST_BARE_COMMA_PRECISION_METERS = Precision.ofDecimals(
			Precision.METERS_PER_DEGREE_OF_LATITUDE, 3) * 1.0001;

	private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d,\\d");

	private AngularCandidates() {
	}

	private enum Kind {

		NUMBER, MARK, HEMISPHERE, SEPARATOR

	}

	/**
	 * @param decimal for a number, whether it has a decimal point; for a separator, whether it is a comma between
	 * digits, which may be a decimal comma ({@code 48,8566})
	 */
	private record Piece(Kind kind, int start, int end, boolean decimal) {

	}

	static List<ExtractionCandidate> find(ScanText scan) {
		String text = scan.text();
		List<ExtractionCandidate> candidates = new ArrayList<>();
		for (List<Piece> run : runs(text)) {
			for (int first = 0; first < run.size(); first++) {
				if (run.get(first).kind() == Kind.NUMBER || run.get(first).kind() == Kind.HEMISPHERE) {
					readFrom(scan, run, first, candidates);
				}
			}
		}
		return candidates;
	}

	/**
	 * The runs of pieces that touch one another; spaces join pieces but are not kept.
	 */
	private static List<List<Piece>> runs(String text) {
		List<List<Piece>> runs = new ArrayList<>();
		List<Piece> run = new ArrayList<>();
		int runEnd = -1;
		Matcher matcher = PIECE.matcher(text);
		while (matcher.find()) {
			if (matcher.start() != runEnd && !run.isEmpty()) {
				runs.add(run);
				run = new ArrayList<>();
			}
			runEnd = matcher.end();
			Kind kind = kind(matcher);
			if (kind != null) {
				run.add(piece(kind, matcher, text));
			}
		}
		if (!run.isEmpty()) {
			runs.add(run);
		}
		return runs;
	}

	private static Piece piece(Kind kind, Matcher matcher, String text) {
		boolean decimal = switch (kind) {
			case NUMBER -> matcher.group().indexOf('.') >= 0;
			case SEPARATOR -> text.charAt(matcher.start()) == ',' && isDigitAt(text, matcher.start() - 1)
					&& isDigitAt(text, matcher.end());
			default -> false;
		};
		return new Piece(kind, matcher.start(), matcher.end(), decimal);
	}

	private static boolean isDigitAt(String text, int index) {
		return index >= 0 && index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
	}

	private static Kind kind(Matcher matcher) {
		if (matcher.group("number") != null) {
			return Kind.NUMBER;
		}
		if (matcher.group("mark") != null) {
			return Kind.MARK;
		}
		if (matcher.group("hemisphere") != null) {
			return Kind.HEMISPHERE;
		}
		return (matcher.group("separator") != null) ? Kind.SEPARATOR : null;
	}

	/**
	 * Every stretch of the run from the first piece that ends where a coordinate can end, holds an even number of
	 * numbers and carries evidence, is offered to the parser; all that it reads are candidates.
	 */
	private static void readFrom(ScanText scan, List<Piece> run, int first, List<ExtractionCandidate> candidates) {
		Evidence evidence = new Evidence();
		int last = Math.min(run.size(), first + MOST_PIECES);
		for (int index = first; index < last; index++) {
			Piece piece = run.get(index);
			evidence.add(piece);
			if (evidence.numbers > MOST_NUMBERS) {
				return;
			}
			if (evidence.mayEnd(piece)) {
				read(scan, run, first, piece.end(), evidence, candidates);
			}
		}
	}

	private static void read(ScanText scan, List<Piece> run, int first, int end, Evidence evidence,
			List<ExtractionCandidate> candidates) {
		String text = scan.text();
		int start = run.get(first).start();
		Surroundings.Standing standing = Surroundings.standing(text, start, end);
		if (standing.glued()) {
			return;
		}
		if (!evidence.marked() && Surroundings.isInListOrVersion(scan, start, end)) {
			return;
		}
		Coordinate coordinate = reading(scan, start, end, evidence);
		if (coordinate == null) {
			return;
		}
		if (standing.previousEnd() >= 0
				&& !scan.readingEndsAt(standing.previousEnd(), () -> readingEndsBefore(scan, run, first))) {
			return;
		}
		if (standing.nextStart() >= 0 && !TextCandidates.readingStartsAt(scan, standing.nextStart())) {
			return;
		}
		candidates.add(new ExtractionCandidate(start, scan.extendedEnd(end), coordinate));
	}

	/**
	 * What the stretch reads as, if it carries evidence of being a coordinate (marks, letters, or a fine bare pair),
	 * whatever stands around it; else null.
	 */
	private static Coordinate reading(ScanText scan, int start, int end, Evidence evidence) {
		Coordinate coordinate = scan.parsed(start, end);
		if (coordinate == null) {
			// Numbers side by side that are not one coordinate.
			return null;
		}
		if (evidence.hemispheres == 0 && scan.startsWithLongitudeLabel(start)) {
			try {
				coordinate = swapped(coordinate);
			}
			catch (CoordinateParseException notALatitude) {
				return null;
			}
		}
		return (evidence.marked() || isFineBareDecimalDegrees(coordinate, scan.text().substring(start, end)))
				? coordinate : null;
	}

	/**
	 * Whether a coordinate begins at {@code position}, whatever stands around it: the stretches from the piece there
	 * are read as {@link #readFrom} reads them.
	 */
	static boolean readingStartsAt(ScanText scan, int position) {
		List<Piece> pieces = piecesFrom(scan.text(), position);
		if (pieces.isEmpty() || pieces.get(0).kind() != Kind.NUMBER && pieces.get(0).kind() != Kind.HEMISPHERE) {
			return false;
		}
		Evidence evidence = new Evidence();
		for (Piece piece : pieces) {
			evidence.add(piece);
			if (evidence.numbers > MOST_NUMBERS) {
				return false;
			}
			if (evidence.mayEnd(piece) && reading(scan, position, piece.end(), evidence) != null) {
				return true;
			}
		}
		return false;
	}

	/** Whether a coordinate, whatever stands before it, ends right before the piece {@code first} of the run. */
	private static boolean readingEndsBefore(ScanText scan, List<Piece> run, int first) {
		if (first == 0) {
			return false;
		}
		int end = run.get(first - 1).end();
		for (int start = first - 1; start >= Math.max(0, first - MOST_PIECES); start--) {
			Kind kind = run.get(start).kind();
			if (kind != Kind.NUMBER && kind != Kind.HEMISPHERE) {
				continue;
			}
			Evidence evidence = new Evidence();
			for (int index = start; index < first; index++) {
				evidence.add(run.get(index));
			}
			if (evidence.numbers <= MOST_NUMBERS && evidence.mayEnd(run.get(first - 1))
					&& reading(scan, run.get(start).start(), end, evidence) != null) {
				return true;
			}
		}
		return false;
	}

	/** The pieces that touch one another from {@code position} on, as many as one coordinate may have. */
	private static List<Piece> piecesFrom(String text, int position) {
		List<Piece> pieces = new ArrayList<>();
		Matcher matcher = PIECE.matcher(text).region(position, text.length());
		matcher.useTransparentBounds(true).useAnchoringBounds(false);
		int runEnd = position;
		while (pieces.size() < MOST_PIECES && matcher.find() && matcher.start() == runEnd) {
			runEnd = matcher.end();
			Kind kind = kind(matcher);
			if (kind != null) {
				pieces.add(piece(kind, matcher, text));
			}
		}
		return pieces;
	}

	/**
	 * The coordinate read the other way round, when a label says the longitude comes first.
	 * @throws CoordinateParseException if the first number cannot be a latitude
	 */
	private static Coordinate swapped(Coordinate coordinate) {
		if (!Coordinate.isLatitude(coordinate.longitude())) {
			throw ParseRefusal.because("a longitude label before a latitude label, but " + coordinate.longitude()
					+ " is no latitude");
		}
		return new Coordinate(coordinate.longitude(), coordinate.latitude(), coordinate.precisionMeters(),
				coordinate.format());
	}

	/**
	 * Without marks or hemisphere letters, only decimal degrees with at least two decimals on both halves count:
	 * {@code 48.85, 2.35} is a place, {@code 12 30}, {@code 3.5 4.5} or {@code 33 18 54 44 21 58} are not
	 * recognisably one.
	 */
	private static boolean isFineBareDecimalDegrees(Coordinate coordinate, String written) {
		double coarsest = usesDecimalCommas(written) ? COARSEST_BARE_COMMA_PRECISION_METERS
				: COARSEST_BARE_PRECISION_METERS;
		return coordinate.format() == CoordinateFormat.DECIMAL_DEGREES && coordinate.precisionMeters() <= coarsest;
	}

	/**
	 * Decimal commas in a bare pair: then the comma also separating the halves leaves {@code 6,45, 7,10} (two marks)
	 * unreadable with two decimals, so such a pair needs three.
	 */
	private static boolean usesDecimalCommas(String written) {
		return written.indexOf('.') < 0 && DECIMAL_COMMA.matcher(written).find();
	}

	/** What a stretch of pieces holds, so that hopeless stretches are never offered to the parser. */
	private static final class Evidence {

		private int numbers;

		private int decimals;

		private int marks;

		private int hemispheres;

		/** Separators but commas between digits, which may be decimal commas. */
		private int separators;

		void add(Piece piece) {
			switch (piece.kind()) {
				case NUMBER -> {
					this.numbers++;
					this.decimals += piece.decimal() ? 1 : 0;
				}
				case MARK -> this.marks++;
				case HEMISPHERE -> this.hemispheres++;
				case SEPARATOR -> this.separators += piece.decimal() ? 0 : 1;
			}
		}

		/**
		 * Marks, or a hemisphere letter on both halves: a single letter ({@code 36,19 E}) is no evidence that the
		 * numbers before it are a latitude and a longitude.
		 */
		boolean marked() {
			return this.marks > 0 || this.hemispheres >= 2;
		}

		/**
		 * Latitude and longitude are written alike, so marks come in pairs: in {@code 0°00.000} alone the parser
		 * would read latitude 0° and a bare longitude 00.000.
		 */
		boolean marksPaired() {
			return this.marks % 2 == 0;
		}

		/**
		 * Whether a coordinate may end with this piece, the last added: not on a separator, with an even number of
		 * numbers, marks in pairs, at most one separator between latitude and longitude (as the parser wants), and
		 * evidence.
		 */
		boolean mayEnd(Piece piece) {
			return piece.kind() != Kind.SEPARATOR && this.numbers >= 2 && this.numbers % 2 == 0 && marksPaired()
					&& this.separators <= 1 && mayBeCoordinate();
		}

		/**
		 * Marks or letters, or two decimal numbers; comma decimals ({@code 48,8566, 2,3522}) show as four whole
		 * numbers and are left to the parser and the precision rule.
		 */
		boolean mayBeCoordinate() {
			return marked() || this.decimals >= 2 || this.numbers == 4;
		}

	}

}
