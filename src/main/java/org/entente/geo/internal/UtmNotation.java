package org.entente.geo.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mil.nga.grid.Hemisphere;
import mil.nga.grid.features.Point;
import mil.nga.mgrs.gzd.GridZone;
import mil.nga.mgrs.gzd.GridZones;
import mil.nga.mgrs.utm.UTM;

import org.entente.geo.Coordinate;
import org.entente.geo.CoordinateFormat;

/**
 * Reads and writes Universal Transverse Mercator coordinates: zone, a letter, easting and northing in metres.
 *
 * <p>
 * The letter after the zone is ambiguous in practice: some write the hemisphere (N or S), others the MGRS latitude
 * band (C to X), and N and S are also bands. N is the northern hemisphere either way. S is band S (32°N to 40°N)
 * when the northing puts the point there, as analysts write the grid zone of MGRS: {@code 38S 444000 3688000} lies
 * beside {@code 38SMB4488}, not in the Southern Ocean. Otherwise S is the southern hemisphere
 * ({@code 56S 334000 6252000}, Sydney). Every other band letter is read as a band, gives the hemisphere (C–M south,
 * P–X north) and is checked against the latitude it yields. {@link #write} never writes an S that would read as the
 * band: a southern point whose northing would put it there is written with its own band letter (C to M).
 */
public final class UtmNotation {

	/**
	 * DMA TM 8358.2: UTM overlaps the polar UPS grid by 30 minutes at its limits, so coordinates that far beyond 84°N
	 * and 80°S are still valid UTM. The same margin is allowed across zone boundaries.
	 */
	private static final double OVERLAP_DEGREES = 0.5;

	/**
	 * Zone, letter, easting (six digits, or seven with a leading zero as in {@code 0448251E}, optionally followed by E
	 * or mE), northing (optionally N or mN).
	 */
	private static final Pattern COORDINATE = Pattern.compile(
			"(\\d{1,2}) ?([C-HJ-NP-X]) 0?(\\d{6}(?:\\.\\d{1,6})?) ?(?:m?E)? (\\d{1,8}(?:\\.\\d{1,6})?) ?(?:m?N)?",
			Pattern.CASE_INSENSITIVE);

	/** Text that is shaped like a UTM coordinate, so that a refusal can say what is wrong with it. */
	private static final Pattern LIKE_A_COORDINATE = Pattern.compile(
			"\\d{1,3} ?[A-Z] \\d+(?:\\.\\d+)? ?(?:m?E)? \\d+(?:\\.\\d+)? ?(?:m?N)?", Pattern.CASE_INSENSITIVE);

	/** MGRS 100 km columns, and so sensible eastings, run from 100 000 to 900 000 m. */
	private static final double LOWEST_EASTING = 100_000;

	private static final double HIGHEST_EASTING = 900_000;

	/** The false northing of the southern hemisphere. */
	private static final double HIGHEST_NORTHING = 10_000_000;

	private UtmNotation() {
	}

	/**
	 * Reads the text, whose whitespace must already be collapsed to single spaces, as a UTM coordinate. The precision
	 * is one metre, or finer when the easting or northing has decimals.
	 * @return empty if the text is not shaped like a UTM coordinate
	 * @throws org.entente.geo.CoordinateParseException if it is shaped like one but is not a valid one
	 */
	public static Optional<Coordinate> read(String text) {
		Matcher coordinate = COORDINATE.matcher(text);
		if (coordinate.matches()) {
			return Optional.of(coordinate(coordinate));
		}
		if (LIKE_A_COORDINATE.matcher(text).matches()) {
			throw ParseRefusal.because("not a valid UTM coordinate (zone 1-60, hemisphere N or S or band C-X, "
					+ "easting 100000-900000, northing 0-10000000)");
		}
		return Optional.empty();
	}

	private static Coordinate coordinate(Matcher coordinate) {
		int zone = Integer.parseInt(coordinate.group(1));
		char letter = Character.toUpperCase(coordinate.group(2).charAt(0));
		double easting = Double.parseDouble(coordinate.group(3));
		double northing = Double.parseDouble(coordinate.group(4));
		checkRanges(zone, easting, northing);
		double precision = Precision.ofDecimals(1,
				Math.max(Precision.decimals(coordinate.group(3)), Precision.decimals(coordinate.group(4))));
		Hemisphere hemisphere = hemisphere(letter);
		if (letter == 'S' && readsAsBandS(zone, easting, northing, precision)) {
			hemisphere = Hemisphere.NORTH;
		}
		Point point = point(zone, hemisphere, easting, northing);
		checkLatitude(point.getLatitude(), hemisphere, letter, precision);
		checkLongitude(zone, point.getLatitude(), point.getLongitude());
		return new Coordinate(point.getLatitude(), Longitudes.normalised(point.getLongitude()), precision,
				CoordinateFormat.UTM);
	}

	/**
	 * Whether S after this zone is band S: the easting and northing, read in the northern hemisphere, lie in it.
	 */
	private static boolean readsAsBandS(int zone, double easting, double northing, double precision) {
		double tolerance = precision / Precision.METERS_PER_DEGREE_OF_LATITUDE;
		double latitude = point(zone, Hemisphere.NORTH, easting, northing).getLatitude();
		return latitude >= GridZones.getSouthLatitude('S') - tolerance
				&& latitude <= GridZones.getNorthLatitude('S') + tolerance;
	}

	/**
	 * N and S name the hemisphere (S may still be band S, see {@link #readsAsBandS}); other letters are bands, C to M
	 * in the south and P to X in the north.
	 */
	private static Hemisphere hemisphere(char letter) {
		if (letter == 'S') {
			return Hemisphere.SOUTH;
		}
		return (letter >= 'N') ? Hemisphere.NORTH : Hemisphere.SOUTH;
	}

	private static void checkRanges(int zone, double easting, double northing) {
		if (zone < 1 || zone > 60) {
			throw ParseRefusal.because("UTM zone must be 1 to 60");
		}
		if (easting < LOWEST_EASTING || easting > HIGHEST_EASTING) {
			throw ParseRefusal.because("UTM easting must be 100000 to 900000 m");
		}
		if (northing > HIGHEST_NORTHING) {
			throw ParseRefusal.because("UTM northing must be 0 to 10000000 m");
		}
	}

	/**
	 * The NGA inverse projection, whose unchecked exceptions must not escape a parser.
	 */
	private static Point point(int zone, Hemisphere hemisphere, double easting, double northing) {
		try {
			return UTM.point(zone, hemisphere, easting, northing);
		}
		catch (RuntimeException conversionFailure) {
			throw ParseRefusal.because("UTM coordinate cannot be converted", conversionFailure);
		}
	}

	private static void checkLatitude(double latitude, Hemisphere hemisphere, char letter, double precision) {
		// Far beyond its domain the NGA inverse wraps round to the other pole instead of failing.
		boolean withinLimits = (hemisphere == Hemisphere.NORTH)
				? latitude >= 0 && latitude <= MgrsNotation.NORTHERN_LIMIT + OVERLAP_DEGREES
				: latitude <= 0 && latitude >= MgrsNotation.SOUTHERN_LIMIT - OVERLAP_DEGREES;
		if (!withinLimits) {
			throw ParseRefusal.because("UTM covers 80°S to 84°N; the polar regions need UPS, which is not supported");
		}
		if (letter != 'N' && letter != 'S') {
			double tolerance = precision / Precision.METERS_PER_DEGREE_OF_LATITUDE;
			if (latitude < GridZones.getSouthLatitude(letter) - tolerance
					|| latitude > GridZones.getNorthLatitude(letter) + tolerance) {
				throw ParseRefusal.because("UTM northing does not lie in latitude band " + letter);
			}
		}
	}

	/**
	 * The point must lie in its zone, give or take {@value #OVERLAP_DEGREES}°: either the standard 6° zone or, in
	 * Norway and Svalbard, the widened grid zone of DMA TM 8358.2. Farther out an easting is almost certainly a typing
	 * error, and the NGA formulas lose accuracy (0.2 m at 6° from the central meridian, 0.9 m at 9°).
	 */
	private static void checkLongitude(int zone, double latitude, double longitude) {
		double centralMeridian = zone * 6 - 183;
		boolean inStandardZone = Math.abs(longitude - centralMeridian) <= 3 + OVERLAP_DEGREES;
		if (!inStandardZone && !inWidenedGridZone(zone, latitude, longitude)) {
			throw ParseRefusal.because("UTM easting places the point outside zone " + zone);
		}
	}

	/**
	 * Whether a grid zone of this number, in the band of the latitude or a band within the margin of it, contains the
	 * longitude within the margin; the bands around it matter for points on the edge of Norway's 32V.
	 */
	private static boolean inWidenedGridZone(int zone, double latitude, double longitude) {
		for (double nearby : new double[] { latitude - OVERLAP_DEGREES, latitude, latitude + OVERLAP_DEGREES }) {
			double clamped = Math.max(MgrsNotation.SOUTHERN_LIMIT, Math.min(MgrsNotation.NORTHERN_LIMIT, nearby));
			GridZone gridZone = GridZones.getGridZone(zone, GridZones.getBandLetter(clamped));
			if (gridZone != null && longitude >= gridZone.getBounds().getWest() - OVERLAP_DEGREES
					&& longitude <= gridZone.getBounds().getEast() + OVERLAP_DEGREES) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Writes the point as zone and hemisphere letter, then easting and northing rounded to the metre:
	 * {@code 38N 444012 3688123}; a southern point that S would place in band S gets its band letter instead
	 * ({@code 31F 286073 4430766}). The zone follows the Norway and Svalbard exceptions of DMA TM 8358.2.
	 * @throws IllegalArgumentException outside 80°S to 84°N
	 */
	public static String write(double latitude, double longitude) {
		MgrsNotation.checkWithinUtmLimits(latitude, longitude);
		UTM utm = UTM.from(Point.point(longitude, latitude));
		long easting = Math.round(utm.getEasting());
		long northing = Math.round(utm.getNorthing());
		char letter = (utm.getHemisphere() == Hemisphere.NORTH) ? 'N' : 'S';
		if (letter == 'S' && readsAsBandS(utm.getZone(), easting, northing, 1)) {
			letter = GridZones.getBandLetter(latitude);
		}
		return String.format(Locale.ROOT, "%d%c %d %d", utm.getZone(), letter, easting, northing);
	}

}
