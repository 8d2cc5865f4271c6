package org.entente.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * A GeoJSON polygon (RFC 7946 §3.1.6): an exterior ring and optional holes, each closed, at most 10,000
 * vertices in all, not self-intersecting, and not spanning the antimeridian (RFC 7946 §3.1.9 asks for such a
 * polygon to be split in two). Containment is planar in degrees, as GeoJSON's coordinates are.
 */
public final class GeoPolygon {

	public static final int MAXIMUM_VERTICES = 10_000;

	private final List<double[][]> rings;

	private GeoPolygon(List<double[][]> rings) {
		this.rings = rings;
	}

	/** @param coordinates the polygon's {@code coordinates} member: rings of {@code [lon, lat]} positions */
	public static GeoPolygon of(List<List<List<Double>>> coordinates) {
		if (coordinates == null || coordinates.isEmpty()) {
			throw new ShapeException("must have an exterior ring");
		}
		int vertices = coordinates.stream().mapToInt((ring) -> (ring != null) ? ring.size() : 0).sum();
		if (vertices > MAXIMUM_VERTICES) {
			throw new ShapeException("has " + vertices + " vertices, more than " + MAXIMUM_VERTICES);
		}
		List<double[][]> rings = new ArrayList<>();
		for (List<List<Double>> ring : coordinates) {
			rings.add(ring(ring));
		}
		for (double[][] ring : rings) {
			requireSimple(ring);
		}
		return new GeoPolygon(rings);
	}

	/** The rings, exterior first, each as {@code [lon, lat]} positions with the first repeated last. */
	public List<double[][]> rings() {
		return this.rings.stream().map((ring) -> {
			double[][] copy = new double[ring.length][];
			for (int i = 0; i < ring.length; i++) {
				copy[i] = ring[i].clone();
			}
			return copy;
		}).toList();
	}

	/** The smallest box holding the exterior ring; never across the antimeridian, as the polygon is not. */
	public BoundingBox bounds() {
		double west = 180;
		double south = 90;
		double east = -180;
		double north = -90;
		for (double[] position : this.rings.get(0)) {
			west = Math.min(west, position[0]);
			east = Math.max(east, position[0]);
			south = Math.min(south, position[1]);
			north = Math.max(north, position[1]);
		}
		return new BoundingBox(west, south, east, north);
	}

	public boolean contains(double latitude, double longitude) {
		if (!inside(this.rings.get(0), longitude, latitude)) {
			return false;
		}
		for (int hole = 1; hole < this.rings.size(); hole++) {
			if (inside(this.rings.get(hole), longitude, latitude)) {
				return false;
			}
		}
		return true;
	}

	private static double[][] ring(List<List<Double>> positions) {
		if (positions == null || positions.size() < 4) {
			throw new ShapeException("each ring needs at least four positions, the last equal to the first");
		}
		double[][] ring = new double[positions.size()][];
		for (int i = 0; i < positions.size(); i++) {
			ring[i] = position(positions.get(i));
		}
		double[] first = ring[0];
		double[] last = ring[ring.length - 1];
		if (first[0] != last[0] || first[1] != last[1]) {
			throw new ShapeException("is open: a ring's last position must equal its first");
		}
		for (int i = 1; i < ring.length; i++) {
			if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) {
				throw new ShapeException("spans the antimeridian: split it in two (RFC 7946 §3.1.9)");
			}
		}
		return ring;
	}

	private static double[] position(List<Double> position) {
		if (position == null || position.size() < 2 || position.get(0) == null || position.get(1) == null) {
			throw new ShapeException("each position must be [longitude, latitude]");
		}
		double longitude = position.get(0);
		double latitude = position.get(1);
		if (!Coordinate.isLongitude(longitude) || !Coordinate.isLatitude(latitude)) {
			throw new ShapeException("positions must have longitude -180 to 180 and latitude -90 to 90");
		}
		return new double[] { longitude, latitude };
	}

	/** No two edges may cross or touch, except neighbours at their shared vertex. */
	private static void requireSimple(double[][] ring) {
		int edges = ring.length - 1;
		for (int i = 0; i < edges; i++) {
			for (int j = i + 1; j < edges; j++) {
				boolean neighbours = j == i + 1 || (i == 0 && j == edges - 1);
				if (!neighbours && intersect(ring[i], ring[i + 1], ring[j], ring[j + 1])) {
					throw new ShapeException("is self-intersecting: edges " + i + " and " + j + " cross");
				}
			}
		}
	}

	private static boolean intersect(double[] a, double[] b, double[] c, double[] d) {
		if (Math.max(a[0], b[0]) < Math.min(c[0], d[0]) || Math.max(c[0], d[0]) < Math.min(a[0], b[0])
				|| Math.max(a[1], b[1]) < Math.min(c[1], d[1]) || Math.max(c[1], d[1]) < Math.min(a[1], b[1])) {
			return false;
		}
		double d1 = cross(c, d, a);
		double d2 = cross(c, d, b);
		double d3 = cross(a, b, c);
		double d4 = cross(a, b, d);
		if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
			return true;
		}
		return (d1 == 0 && onSegment(c, d, a)) || (d2 == 0 && onSegment(c, d, b)) || (d3 == 0 && onSegment(a, b, c))
				|| (d4 == 0 && onSegment(a, b, d));
	}

	private static double cross(double[] origin, double[] to, double[] point) {
		return (to[0] - origin[0]) * (point[1] - origin[1]) - (to[1] - origin[1]) * (point[0] - origin[0]);
	}

	private static boolean onSegment(double[] a, double[] b, double[] point) {
		return Math.min(a[0], b[0]) <= point[0] && point[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= point[1]
				&& point[1] <= Math.max(a[1], b[1]);
	}

	/** Ray casting (even-odd rule). */
	private static boolean inside(double[][] ring, double x, double y) {
		boolean inside = false;
		for (int i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
			if ((ring[i][1] > y) != (ring[j][1] > y)
					&& x < (ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
				inside = !inside;
			}
		}
		return inside;
	}

}
