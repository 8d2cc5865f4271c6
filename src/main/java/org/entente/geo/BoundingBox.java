package org.entente.geo;

import java.util.List;

import net.sf.geographiclib.Geodesic;

/**
 * An area as RFC 7946 §5 writes it: {@code [minLon, minLat, maxLon, maxLat]}. A box whose west edge is east of
 * its east edge crosses the antimeridian, as the RFC allows.
 */
public record BoundingBox(double west, double south, double east, double north) {

	/** A degree of latitude is shortest at the equator, where the ellipsoid is flattest along the meridian. */
	private static final double SHORTEST_DEGREE_OF_LATITUDE = 110_574;

	public static BoundingBox of(List<Double> values) {
		if (values == null || values.size() != 4 || values.stream().anyMatch((value) -> value == null || !Double.isFinite(value))) {
			throw new ShapeException("must be four numbers: minLon, minLat, maxLon, maxLat");
		}
		BoundingBox box = new BoundingBox(values.get(0), values.get(1), values.get(2), values.get(3));
		if (!Coordinate.isLongitude(box.west) || !Coordinate.isLongitude(box.east)) {
			throw new ShapeException("longitudes must be between -180 and 180");
		}
		if (!Coordinate.isLatitude(box.south) || !Coordinate.isLatitude(box.north)) {
			throw new ShapeException("latitudes must be between -90 and 90");
		}
		if (box.south > box.north) {
			throw new ShapeException("minLat must not be greater than maxLat");
		}
		return box;
	}

	/**
	 * A box certain to hold every point within {@code radiusMeters} of the centre on the WGS84 ellipsoid, so that
	 * an index can narrow a distance search before the exact distance is computed: whole bands of longitude
	 * when the circle holds a pole, and a box across the antimeridian when the circle crosses it.
	 */
	public static BoundingBox around(double latitude, double longitude, double radiusMeters) {
		Coordinate.checkPoint(latitude, longitude);
		double margin = 1.01;
		double latitudeSpan = radiusMeters / SHORTEST_DEGREE_OF_LATITUDE * margin;
		double south = latitude - latitudeSpan;
		double north = latitude + latitudeSpan;
		if (south <= -90 || north >= 90) {
			return new BoundingBox(-180, Math.max(south, -90), 180, Math.min(north, 90));
		}
		double poleward = Math.toRadians(Math.max(Math.abs(south), Math.abs(north)));
		double longitudeSpan = radiusMeters / metresPerDegreeOfLongitude(poleward) * margin;
		if (longitudeSpan >= 180) {
			return new BoundingBox(-180, south, 180, north);
		}
		return new BoundingBox(wrap(longitude - longitudeSpan), south, wrap(longitude + longitudeSpan), north);
	}

	/** This box as boxes that do not cross the antimeridian: itself, or its two halves. */
	public List<BoundingBox> withoutCrossing() {
		if (this.west <= this.east) {
			return List.of(this);
		}
		return List.of(new BoundingBox(this.west, this.south, 180, this.north),
				new BoundingBox(-180, this.south, this.east, this.north));
	}

	public boolean crossesAntimeridian() {
		return this.west > this.east;
	}

	public boolean contains(double latitude, double longitude) {
		if (latitude < this.south || latitude > this.north) {
			return false;
		}
		if (this.west <= this.east) {
			return longitude >= this.west && longitude <= this.east;
		}
		return longitude >= this.west || longitude <= this.east;
	}

	private static double metresPerDegreeOfLongitude(double latitudeRadians) {
		double a = Geodesic.WGS84.EquatorialRadius();
		double f = Geodesic.WGS84.Flattening();
		double eccentricitySquared = f * (2 - f);
		double sine = Math.sin(latitudeRadians);
		return Math.PI / 180 * a * Math.cos(latitudeRadians) / Math.sqrt(1 - eccentricitySquared * sine * sine);
	}

	private static double wrap(double longitude) {
		if (longitude < -180) {
			return longitude + 360;
		}
		if (longitude > 180) {
			return longitude - 360;
		}
		return longitude;
	}

}
