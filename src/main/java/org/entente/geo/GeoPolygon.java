package org.entente.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * A GeoJSON polygon (RFC 7946 §3.1.6): an exterior ring and optional holes, each closed, of three distinct
 * vertices or more and enclosing an area; at most 10,000 vertices in all (a ring's closing position, which
 * repeats its first, is no vertex); no edge crossing or touching another, within a ring or between rings; every
 * hole inside the exterior ring and outside the other holes (as OGC Simple Features asks, except that rings may not
 * touch even at a point); not spanning the antimeridian (RFC 7946 §3.1.9 asks for such a polygon to be split in
 * two). Containment is planar in degrees, as GeoJSON's coordinates are.
 */
public final class GeoPolygon {

	public static final int MAXIMUM_VERTICES = 10_000;

	private final List<double[][]> rings;

	private GeoPolygon(List<double[][]> rings) {
		this.rings = rings;
	}

	/**
	 * @param coordinates the polygon's {@code coordinates} member: rings of {@code [lon, lat]} positions
	 * @throws ShapeException naming what makes it no valid polygon: an open ring, fewer than three distinct
	 * vertices, no area, edges that cross or touch (within a ring or between rings), a hole outside the exterior
	 * ring or inside another hole, more than {@link #MAXIMUM_VERTICES} vertices
	 */
	public static GeoPolygon of(List<List<List<Double>>> coordinates) {
		if (coordinates == null || coordinates.isEmpty()) {
			throw new ShapeException("must have an exterior ring");
		}
		// A ring's last position repeats its first: it closes the ring, it is no vertex of its own.
		int vertices = coordinates.stream().mapToInt((ring) -> (ring != null) ? Math.max(0, ring.size() - 1) : 0).sum();
		if (vertices > MAXIMUM_VERTICES) {
			throw new ShapeException("has " + vertices + " vertices, more than " + MAXIMUM_VERTICES);
		}
		List<double[][]> rings = new ArrayList<>();
		for (List<List<Double>> ring : coordinates) {
			rings.add(ring(ring, rings.size()));
		}
		RingEdges.requireNoCrossing(rings);
		requireHolesInside(rings);
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

	/**
	 * The ring's positions with consecutive repeats dropped (a vertex given twice in a row adds no edge, and
	 * a zero-length edge would touch both its neighbours), checked to be closed, to keep three distinct vertices
	 * and to enclose an area.
	 */
	private static double[][] ring(List<List<Double>> positions, int index) {
		if (positions == null || positions.size() < 4) {
			throw new ShapeException("each ring needs at least four positions, the last equal to the first");
		}
		List<double[]> ring = new ArrayList<>(positions.size());
		for (List<Double> given : positions) {
			double[] position = position(given);
			if (ring.isEmpty() || !same(ring.get(ring.size() - 1), position)) {
				ring.add(position);
			}
		}
		if (!same(position(positions.get(0)), position(positions.get(positions.size() - 1)))) {
			throw new ShapeException("is open: a ring's last position must equal its first");
		}
		if (ring.size() < 4) {
			throw new ShapeException(name(index) + " has fewer than three distinct vertices");
		}
		double[][] closed = ring.toArray(double[][]::new);
		for (int i = 1; i < closed.length; i++) {
			if (Math.abs(closed[i][0] - closed[i - 1][0]) > 180) {
				throw new ShapeException("spans the antimeridian: split it in two (RFC 7946 §3.1.9)");
			}
		}
		if (onOneLine(closed)) {
			throw new ShapeException(name(index) + " encloses no area: its vertices lie on one line");
		}
		return closed;
	}

	private static boolean same(double[] a, double[] b) {
		return a[0] == b[0] && a[1] == b[1];
	}

	/**
	 * Whether every vertex lies on the line through the first two: such a ring encloses no area. Any other ring
	 * that encloses none crosses itself (a bow tie's halves cancel), which {@link RingEdges} reports.
	 */
	private static boolean onOneLine(double[][] ring) {
		double[] first = ring[0];
		double[] second = ring[1];
		for (double[] vertex : ring) {
			if ((second[0] - first[0]) * (vertex[1] - first[1]) != (second[1] - first[1]) * (vertex[0] - first[0])) {
				return false;
			}
		}
		return true;
	}

	static String name(int ring) {
		return (ring == 0) ? "the exterior ring" : "hole " + ring;
	}

	/**
	 * No edge crosses or touches another, so each hole lies wholly inside or wholly outside the exterior ring and
	 * every other hole: one vertex tells which. Bounding boxes first, so that many small holes cost little.
	 */
	private static void requireHolesInside(List<double[][]> rings) {
		List<double[]> bounds = rings.stream().map(GeoPolygon::extent).toList();
		for (int hole = 1; hole < rings.size(); hole++) {
			double[] vertex = rings.get(hole)[0];
			if (!within(bounds.get(0), vertex) || !inside(rings.get(0), vertex[0], vertex[1])) {
				throw new ShapeException(name(hole) + " lies outside the exterior ring");
			}
			for (int other = 1; other < rings.size(); other++) {
				if (other != hole && within(bounds.get(other), vertex) && inside(rings.get(other), vertex[0], vertex[1])) {
					throw new ShapeException(name(hole) + " lies inside " + name(other));
				}
			}
		}
	}

	/** {@code [west, south, east, north]} of a ring. */
	private static double[] extent(double[][] ring) {
		double[] extent = { 180, 90, -180, -90 };
		for (double[] position : ring) {
			extent[0] = Math.min(extent[0], position[0]);
			extent[1] = Math.min(extent[1], position[1]);
			extent[2] = Math.max(extent[2], position[0]);
			extent[3] = Math.max(extent[3], position[1]);
		}
		return extent;
	}

	private static boolean within(double[] extent, double[] position) {
		return position[0] >= extent[0] && position[1] >= extent[1] && position[0] <= extent[2] && position[1] <= extent[3];
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
