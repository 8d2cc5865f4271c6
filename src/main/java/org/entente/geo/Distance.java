package org.entente.geo;

import static java.util.Objects.requireNonNull;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

/**
 * Distances on the WGS84 ellipsoid.
 */
public final class Distance {

	private Distance() {
	}

	/**
	 * The length in metres of the shortest path on the WGS84 ellipsoid between two points, by Karney's algorithm
	 * (GeographicLib), accurate to about 15 nm anywhere, including nearly antipodal points where Vincenty's method
	 * fails to converge.
	 */
	public static double geodesicMeters(double latitude1, double longitude1, double latitude2, double longitude2) {
		Coordinate.checkPoint(latitude1, longitude1);
		Coordinate.checkPoint(latitude2, longitude2);
		return Geodesic.WGS84.Inverse(latitude1, longitude1, latitude2, longitude2, GeodesicMask.DISTANCE).s12;
	}

	/**
	 * The geodesic distance in metres between two coordinates, irrespective of their precision.
	 */
	public static double geodesicMeters(Coordinate from, Coordinate to) {
		requireNonNull(from, "from is null");
		requireNonNull(to, "to is null");
		return geodesicMeters(from.latitude(), from.longitude(), to.latitude(), to.longitude());
	}

}
