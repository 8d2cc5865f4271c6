package org.entente.geo;

import static java.util.Objects.requireNonNull;

/**
 * A point on the WGS84 ellipsoid, how precisely it is known and the notation it was given in.
 *
 * @param latitude degrees north, in [-90, 90]
 * @param longitude degrees east, in [-180, 180]; both 180 and -180 are accepted and kept as given
 * @param precisionMeters the side of the square (or the step of the grid) the true point is known to lie in, in
 * metres; positive
 * @param format the notation the coordinate was given in
 */
public record Coordinate(double latitude, double longitude, double precisionMeters, CoordinateFormat format) {

	public Coordinate {
		checkPoint(latitude, longitude);
		if (!(precisionMeters > 0 && Double.isFinite(precisionMeters))) {
			throw new IllegalArgumentException("precisionMeters must be positive and finite: " + precisionMeters);
		}
		requireNonNull(format, "format is null");
	}

	/**
	 * @throws IllegalArgumentException unless both are finite and within range
	 */
	static void checkPoint(double latitude, double longitude) {
		if (!isLatitude(latitude)) {
			throw new IllegalArgumentException("latitude must be within [-90, 90]: " + latitude);
		}
		if (!isLongitude(longitude)) {
			throw new IllegalArgumentException("longitude must be within [-180, 180]: " + longitude);
		}
	}

	/**
	 * Whether the value is a finite latitude in [-90, 90]; NaN is not.
	 */
	public static boolean isLatitude(double latitude) {
		return latitude >= -90 && latitude <= 90;
	}

	/**
	 * Whether the value is a finite longitude in [-180, 180]; NaN is not.
	 */
	public static boolean isLongitude(double longitude) {
		return longitude >= -180 && longitude <= 180;
	}

}
