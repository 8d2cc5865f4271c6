package org.entente.geo;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

import org.entente.geo.internal.MgrsNotation;
import org.entente.geo.internal.UtmNotation;

/**
 * Writes coordinates in the notations {@link CoordinateParser} reads, so that {@code parse(format(point))} lies within
 * the stated precision of the point.
 */
public final class CoordinateFormatter {

	private static final int TENTHS_OF_SECOND_PER_DEGREE = 36_000;

	private static final int THOUSANDTHS_OF_MINUTE_PER_DEGREE = 60_000;

	private CoordinateFormatter() {
	}

	/**
	 * Signed decimal degrees with five decimals (about a metre): {@code 33.31500, 44.36600}.
	 */
	public static String decimalDegrees(double latitude, double longitude) {
		Coordinate.checkPoint(latitude, longitude);
		return String.format(Locale.ROOT, "%.5f, %.5f", latitude, longitude);
	}

	/**
	 * Degrees and minutes with three decimals (about 2 m): {@code 33°18.900'N 44°21.960'E}.
	 */
	public static String degreesDecimalMinutes(double latitude, double longitude) {
		Coordinate.checkPoint(latitude, longitude);
		return degreesDecimalMinutes(latitude, 'N', 'S') + " " + degreesDecimalMinutes(longitude, 'E', 'W');
	}

	/**
	 * Degrees, minutes and seconds with one decimal (about 3 m): {@code 33°18'54.0"N 44°21'57.6"E}.
	 */
	public static String degreesMinutesSeconds(double latitude, double longitude) {
		Coordinate.checkPoint(latitude, longitude);
		return degreesMinutesSeconds(latitude, 'N', 'S') + " " + degreesMinutesSeconds(longitude, 'E', 'W');
	}

	/**
	 * The MGRS reference, without spaces, of the square that contains the point: {@code 38SMB4401288123} with five
	 * digits (1 m), {@code 38SMB4488} with two (1 km).
	 * @param digits digits each of easting and northing, 1 (10 km) to 5 (1 m)
	 * @throws IllegalArgumentException outside 80°S to 84°N, where MGRS uses UPS, which is not supported
	 */
	public static String mgrs(double latitude, double longitude, int digits) {
		Coordinate.checkPoint(latitude, longitude);
		return MgrsNotation.write(latitude, longitude, digits);
	}

	/**
	 * UTM with the hemisphere letter, to the metre: {@code 38N 444012 3688123}.
	 * @throws IllegalArgumentException outside 80°S to 84°N
	 */
	public static String utm(double latitude, double longitude) {
		Coordinate.checkPoint(latitude, longitude);
		return UtmNotation.write(latitude, longitude);
	}

	/**
	 * The coordinate in the notation it was given in, as precisely as that notation and its precision allow.
	 * @throws IllegalArgumentException for an MGRS or UTM coordinate outside 80°S to 84°N
	 */
	public static String format(Coordinate coordinate) {
		requireNonNull(coordinate, "coordinate is null");
		double latitude = coordinate.latitude();
		double longitude = coordinate.longitude();
		return switch (coordinate.format()) {
			case DECIMAL_DEGREES -> decimalDegrees(latitude, longitude);
			case DEGREES_DECIMAL_MINUTES -> degreesDecimalMinutes(latitude, longitude);
			case DEGREES_MINUTES_SECONDS -> degreesMinutesSeconds(latitude, longitude);
			case MGRS -> mgrs(latitude, longitude, mgrsDigits(coordinate.precisionMeters()));
			case UTM -> utm(latitude, longitude);
		};
	}

	/**
	 * The most MGRS digits whose square is no finer than the precision: a 1 km precision gives two digits.
	 */
	private static int mgrsDigits(double precisionMeters) {
		int digits = 5 - (int) Math.ceil(Math.log10(precisionMeters) - 1e-9);
		return Math.max(1, Math.min(5, digits));
	}

	private static String degreesDecimalMinutes(double degrees, char positive, char negative) {
		// Rounding a whole count of the last unit carries 59.9995' into the next degree instead of writing 60.000'.
		long thousandths = Math.round(Math.abs(degrees) * THOUSANDTHS_OF_MINUTE_PER_DEGREE);
		return String.format(Locale.ROOT, "%d°%02d.%03d'%c", thousandths / THOUSANDTHS_OF_MINUTE_PER_DEGREE,
				thousandths % THOUSANDTHS_OF_MINUTE_PER_DEGREE / 1000, thousandths % 1000,
				hemisphere(degrees, positive, negative));
	}

	private static String degreesMinutesSeconds(double degrees, char positive, char negative) {
		long tenths = Math.round(Math.abs(degrees) * TENTHS_OF_SECOND_PER_DEGREE);
		return String.format(Locale.ROOT, "%d°%02d'%02d.%d\"%c", tenths / TENTHS_OF_SECOND_PER_DEGREE,
				tenths % TENTHS_OF_SECOND_PER_DEGREE / 600, tenths % 600 / 10, tenths % 10,
				hemisphere(degrees, positive, negative));
	}

	private static char hemisphere(double degrees, char positive, char negative) {
		return (degrees < 0) ? negative : positive;
	}

}
