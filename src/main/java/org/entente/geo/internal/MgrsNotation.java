package org.entente.geo.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mil.nga.grid.Hemisphere;
import mil.nga.grid.features.Bounds;
import mil.nga.grid.features.Point;
import mil.nga.mgrs.MGRS;
import mil.nga.mgrs.gzd.GridZone;
import mil.nga.mgrs.gzd.GridZones;
import mil.nga.mgrs.utm.UTM;

import org.entente.geo.Coordinate;
import org.entente.geo.CoordinateFormat;

/**
 * Reads and writes Military Grid Reference System references (NGA.STND.0037) within the UTM part of the grid, 80°S to
 * 84°N. The polar UPS part (bands A, B, Y and Z) is refused, because the NGA library does not convert it.
 */
public final class MgrsNotation {

	/** The southernmost latitude of the UTM part of MGRS: band C starts at 80°S. */
	public static final double SOUTHERN_LIMIT = -80;

	/** The northernmost latitude of the UTM part of MGRS: band X ends at 84°N. */
	public static final double NORTHERN_LIMIT = 84;

	/**
	 * Zone 1–60; band C–X without I and O; 100 km column A–Z and row A–V without I and O; then easting and northing
	 * digits, either run together (an even count) or apart (equal counts).
	 */
	private static final Pattern REFERENCE = Pattern.compile(
			"(\\d{1,2}) ?([C-HJ-NP-X]) ?([A-HJ-NP-Z])([A-HJ-NP-V]) ?(\\d{1,10})(?: (\\d{1,5}))?",
			Pattern.CASE_INSENSITIVE);

	/** UPS references start with their band letter instead of a zone number. */
	private static final Pattern POLAR_REFERENCE = Pattern.compile("[ABYZ] ?[A-Z]{2} ?\\d{1,10}(?: \\d{1,5})?",
			Pattern.CASE_INSENSITIVE);

	/** Text that is shaped like a reference, so that a refusal can say what is wrong with it. */
	private static final Pattern LIKE_A_REFERENCE = Pattern.compile("\\d{1,3} ?[A-Z] ?[A-Z]{2} ?[\\d ]*",
			Pattern.CASE_INSENSITIVE);

	/** Column letters cycle every three zones (NGA.STND.0037, 100 000-metre square identification). */
	private static final String[] COLUMN_LETTERS = { "ABCDEFGH", "JKLMNPQR", "STUVWXYZ" };

	/** Row letters A to V cover 20 rows of 100 km, then repeat. */
	private static final double ROW_CYCLE_METERS = 2_000_000;

	private MgrsNotation() {
	}

	/**
	 * Reads the text, whose whitespace must already be collapsed to single spaces, as an MGRS reference.
	 * <p>
	 * The result is the centre of the designated square, not its south-west corner: the reference says only that the
	 * point lies somewhere in the square (NGA.STND.0037 truncates, it does not round), and the centre is the one point
	 * that is never more than half a diagonal from it. The precision is the side of the square.
	 * @return empty if the text is not shaped like an MGRS reference
	 * @throws org.entente.geo.CoordinateParseException if it is shaped like one but is not a valid one
	 */
	public static Optional<Coordinate> read(String text) {
		if (POLAR_REFERENCE.matcher(text).matches()) {
			throw ParseRefusal.because("polar MGRS (UPS, bands A, B, Y and Z) is not supported");
		}
		Matcher reference = REFERENCE.matcher(text);
		if (reference.matches()) {
			return Optional.of(centre(reference));
		}
		if (LIKE_A_REFERENCE.matcher(text).matches()) {
			throw ParseRefusal.because("not a valid MGRS reference (zone 1-60, band C-X, 100 km square, "
					+ "then 1 to 5 digits each of easting and northing)");
		}
		return Optional.empty();
	}

	private static Coordinate centre(Matcher reference) {
		int zone = Integer.parseInt(reference.group(1));
		char band = Character.toUpperCase(reference.group(2).charAt(0));
		char column = Character.toUpperCase(reference.group(3).charAt(0));
		char row = Character.toUpperCase(reference.group(4).charAt(0));
		String[] digits = eastingAndNorthingDigits(reference.group(5), reference.group(6));
		GridZone gridZone = gridZone(zone, band, column);
		double side = Math.pow(10, 5 - digits[0].length());
		MGRS corner = southWestCorner(zone, band, column, row, digits, (long) side);
		Hemisphere hemisphere = corner.getHemisphere();
		double easting = corner.getUTMEasting();
		double northing = northing(zone, hemisphere, easting + side / 2, corner.getUTMNorthing(), gridZone);
		checkOverlap(gridZone, zone, hemisphere, easting, northing, side);
		Point centre = point(zone, hemisphere, easting + side / 2, northing + side / 2);
		return new Coordinate(centre.getLatitude(), Longitudes.normalised(centre.getLongitude()),
				Precision.atLeastFinest(side), CoordinateFormat.MGRS);
	}

	/**
	 * Row letters repeat every 2000 km of northing, so the band letter must say which repetition is meant. The NGA
	 * library picks the first one above the band's southern edge as measured at longitude 0, which misplaces squares
	 * that straddle that edge by 2000 km; we pick the repetition whose latitude lies nearest the band.
	 */
	private static double northing(int zone, Hemisphere hemisphere, double easting, double libraryNorthing,
			GridZone gridZone) {
		double withinCycle = libraryNorthing % ROW_CYCLE_METERS;
		double best = withinCycle;
		double bestDistance = Double.POSITIVE_INFINITY;
		for (double candidate = withinCycle; candidate <= 10_000_000; candidate += ROW_CYCLE_METERS) {
			double latitude = point(zone, hemisphere, easting, candidate).getLatitude();
			double distance = Math.max(0, Math.max(gridZone.getBounds().getSouth() - latitude,
					latitude - gridZone.getBounds().getNorth()));
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}

	private static MGRS southWestCorner(int zone, char band, char column, char row, String[] digits, long side) {
		return MGRS.create(zone, band, column, row, Long.parseLong(digits[0]) * side,
				Long.parseLong(digits[1]) * side);
	}

	/**
	 * The NGA inverse projection, whose unchecked exceptions must not escape a parser.
	 */
	private static Point point(int zone, Hemisphere hemisphere, double easting, double northing) {
		try {
			return UTM.point(zone, hemisphere, easting, northing);
		}
		catch (RuntimeException conversionFailure) {
			throw ParseRefusal.because("MGRS reference cannot be converted", conversionFailure);
		}
	}

	private static String[] eastingAndNorthingDigits(String together, String northingApart) {
		if (northingApart != null) {
			if (together.length() != northingApart.length()) {
				throw ParseRefusal.because("MGRS easting and northing must have the same number of digits");
			}
			return new String[] { together, northingApart };
		}
		if (together.length() % 2 != 0) {
			throw ParseRefusal.because("MGRS easting and northing must have the same number of digits");
		}
		int half = together.length() / 2;
		return new String[] { together.substring(0, half), together.substring(half) };
	}

	private static GridZone gridZone(int zone, char band, char column) {
		if (zone < 1 || zone > 60) {
			throw ParseRefusal.because("MGRS zone must be 1 to 60");
		}
		GridZone gridZone = GridZones.getGridZone(zone, band);
		if (gridZone == null) {
			// NGA.STND.0037: zones 32X, 34X and 36X are absorbed by their neighbours around Svalbard.
			throw ParseRefusal.because("MGRS grid zone " + zone + band + " does not exist");
		}
		if (COLUMN_LETTERS[(zone - 1) % 3].indexOf(column) < 0) {
			throw ParseRefusal.because("MGRS column letter " + column + " is not used in zone " + zone);
		}
		return gridZone;
	}

	/**
	 * The square must overlap its grid zone. Squares are cut by zone and band edges, so a valid square may reach
	 * beyond them; a row letter that places the square in another band altogether is an error.
	 */
	private static void checkOverlap(GridZone gridZone, int zone, Hemisphere hemisphere, double easting,
			double northing, double side) {
		Point southWest = point(zone, hemisphere, easting, northing);
		Point southEast = point(zone, hemisphere, easting + side, northing);
		Point northWest = point(zone, hemisphere, easting, northing + side);
		Point northEast = point(zone, hemisphere, easting + side, northing + side);
		Bounds zoneBounds = gridZone.getBounds();
		double tolerance = 1e-7;
		boolean overlaps = Math.max(northWest.getLatitude(), northEast.getLatitude()) >= zoneBounds.getSouth()
				- tolerance
				&& Math.min(southWest.getLatitude(), southEast.getLatitude()) <= zoneBounds.getNorth() + tolerance
				&& Math.max(southEast.getLongitude(), northEast.getLongitude()) >= zoneBounds.getWest() - tolerance
				&& Math.min(southWest.getLongitude(), northWest.getLongitude()) <= zoneBounds.getEast() + tolerance;
		if (!overlaps) {
			throw ParseRefusal.because("MGRS square lies outside grid zone " + gridZone.getName());
		}
	}

	/**
	 * Writes the reference of the square of the given number of digits (1–5 each for easting and northing, 10 km to
	 * 1 m) that contains the point, without spaces, as NGA.STND.0037 writes it.
	 * @throws IllegalArgumentException outside 80°S to 84°N, or for another number of digits
	 */
	public static String write(double latitude, double longitude, int digits) {
		if (digits < 1 || digits > 5) {
			throw new IllegalArgumentException("MGRS digits must be 1 to 5: " + digits);
		}
		checkWithinUtmLimits(latitude, longitude);
		MGRS reference = MGRS.from(Point.point(longitude, latitude));
		long divisor = (long) Math.pow(10, 5 - digits);
		// Formatted here rather than by MGRS.coordinate(), which pads digits in the default locale.
		String digitsFormat = "%0" + digits + "d";
		return String.format(Locale.ROOT, "%d%c%c%c" + digitsFormat + digitsFormat, reference.getZone(),
				reference.getBand(), reference.getColumn(), reference.getRow(), reference.getEasting() / divisor,
				reference.getNorthing() / divisor);
	}

	/**
	 * @throws IllegalArgumentException unless the point lies between 80°S and 84°N
	 */
	public static void checkWithinUtmLimits(double latitude, double longitude) {
		if (!Coordinate.isLongitude(longitude)) {
			throw new IllegalArgumentException("longitude must be within [-180, 180]: " + longitude);
		}
		if (!(latitude >= SOUTHERN_LIMIT && latitude <= NORTHERN_LIMIT)) {
			throw new IllegalArgumentException(
					"MGRS and UTM cover 80°S to 84°N; the polar regions need UPS, which is not supported: "
							+ latitude);
		}
	}

}
