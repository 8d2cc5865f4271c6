package org.entente.geo;

import static java.util.Objects.requireNonNull;

import org.entente.geo.internal.Precision;

/**
 * Coarsens coordinates for members that receive a report at the {@code sanitized} detail level, so that the original
 * point cannot be recovered more precisely than the chosen precision.
 *
 * <p>
 * The globe is cut into a fixed grid of cells about {@code precisionMeters} on a side and every point is replaced by
 * the centre of its cell. Latitude is cut into equal bands of about {@code precisionMeters / 111 320} degrees, exactly
 * tiling -90 to 90 so that no narrow sliver is left at a pole; each band is cut into equal cells whose width in
 * degrees is computed at the band's centre latitude, exactly tiling -180 to 180 so that no sliver is left at the
 * antimeridian. Because the grid depends only on the precision, never on the point, every point of a cell gives the
 * same answer: the same point always sanitises alike, and repeated releases of nearby points reveal nothing beyond
 * their cells. A snap relative to the point itself (rounding to an offset grid, adding noise) would not have both
 * properties.
 */
public final class Sanitisation {

	/** The centre's default sanitisation precision, in metres (see the design's releasability). */
	public static final double DEFAULT_PRECISION_METERS = 1_000;

	/** Coarser than a fifth of the meridian, the grid would no longer be a grid. */
	private static final double COARSEST_PRECISION_METERS = 4_000_000;

	private Sanitisation() {
	}

	/**
	 * The centre of the grid cell about {@code precisionMeters} on a side that contains the point, with the cell's
	 * size as its precision and decimal degrees as its format.
	 * @param precisionMeters the side of the grid cells, between {@value Precision#FINEST_METERS} m and 4000 km
	 */
	public static Coordinate sanitise(double latitude, double longitude, double precisionMeters) {
		Coordinate.checkPoint(latitude, longitude);
		checkPrecision(precisionMeters);
		int bands = cellsFitting(180 * Precision.METERS_PER_DEGREE_OF_LATITUDE, precisionMeters);
		double bandHeight = 180.0 / bands;
		int band = cellIndex(latitude + 90, bandHeight, bands);
		double centreLatitude = -90 + (band + 0.5) * bandHeight;
		int cells = cellsFitting(360 * metersPerDegreeOfLongitude(centreLatitude), precisionMeters);
		double cellWidth = 360.0 / cells;
		// 180 and -180 are one meridian: fold it onto -180 so that it lands in the same cell either way.
		double foldedLongitude = (longitude == 180) ? -180 : longitude;
		int cell = cellIndex(foldedLongitude + 180, cellWidth, cells);
		double centreLongitude = -180 + (cell + 0.5) * cellWidth;
		double cellSize = Math.max(bandHeight * Precision.METERS_PER_DEGREE_OF_LATITUDE,
				cellWidth * metersPerDegreeOfLongitude(centreLatitude));
		return new Coordinate(centreLatitude, centreLongitude, Math.max(precisionMeters, cellSize),
				CoordinateFormat.DECIMAL_DEGREES);
	}

	/**
	 * The coordinate coarsened to the grid of the given precision; its precision becomes the coarser of its own and
	 * the grid's, and its format is kept so that it can be shown back the way it was given.
	 */
	public static Coordinate sanitise(Coordinate coordinate, double precisionMeters) {
		requireNonNull(coordinate, "coordinate is null");
		Coordinate cell = sanitise(coordinate.latitude(), coordinate.longitude(), precisionMeters);
		return new Coordinate(cell.latitude(), cell.longitude(),
				Math.max(coordinate.precisionMeters(), cell.precisionMeters()), coordinate.format());
	}

	/**
	 * The coordinate coarsened to the default precision of {@value #DEFAULT_PRECISION_METERS} m.
	 */
	public static Coordinate sanitise(Coordinate coordinate) {
		return sanitise(coordinate, DEFAULT_PRECISION_METERS);
	}

	private static int cellsFitting(double lengthMeters, double precisionMeters) {
		return (int) Math.max(1, Math.round(lengthMeters / precisionMeters));
	}

	private static int cellIndex(double offset, double cellSize, int cells) {
		// The top edge (latitude 90) belongs to the last cell rather than to one beyond it.
		return (int) Math.min(cells - 1, Math.floor(offset / cellSize));
	}

	/**
	 * Band centres never reach a pole, but the cosine is clamped anyway so that a cell is never infinitely wide.
	 */
	private static double metersPerDegreeOfLongitude(double latitude) {
		return Precision.METERS_PER_DEGREE_OF_LATITUDE * Math.max(Math.cos(Math.toRadians(latitude)), 1e-9);
	}

	private static void checkPrecision(double precisionMeters) {
		if (!(precisionMeters >= Precision.FINEST_METERS && precisionMeters <= COARSEST_PRECISION_METERS)) {
			throw new IllegalArgumentException(
					"precisionMeters must be within [" + Precision.FINEST_METERS + ", 4000000]: " + precisionMeters);
		}
	}

}
