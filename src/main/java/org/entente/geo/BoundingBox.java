package org.entente.geo;

import java.util.List;

/**
 * An area as RFC 7946 §5 writes it: {@code [minLon, minLat, maxLon, maxLat]}. A box whose west edge is east of
 * its east edge crosses the antimeridian, as the RFC allows.
 */
public record BoundingBox(double west, double south, double east, double north) {

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

	public boolean contains(double latitude, double longitude) {
		if (latitude < this.south || latitude > this.north) {
			return false;
		}
		if (this.west <= this.east) {
			return longitude >= this.west && longitude <= this.east;
		}
		return longitude >= this.west || longitude <= this.east;
	}

}
