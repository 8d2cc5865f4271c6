package org.entente.reports.internal;

import java.util.Collections;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How close locations must be to belong to one site.
 *
 * @param correlationDistance the distance in metres within which two locations are linked, unless their kinds say
 * otherwise
 * @param distanceByKind per location kind (a taxonomy term), the distance in metres for locations of that kind
 */
@ConfigurationProperties("entente.sites")
record SiteSettings(@DefaultValue("250") double correlationDistance, Map<String, Double> distanceByKind) {

	/**
	 * A site is a place, not a region; a wider distance would also make every neighbour search read a large part of
	 * the table.
	 */
	static final double LONGEST_DISTANCE_METERS = 100_000;

	/** About, as tiles need it; boxes that must hold every point use geo.BoundingBox.around. */
	static final double METERS_PER_DEGREE_OF_LATITUDE = 111_320;

	SiteSettings {
		distanceByKind = (distanceByKind != null) ? Map.copyOf(distanceByKind) : Map.of();
		check("entente.sites.correlation-distance", correlationDistance);
		distanceByKind.forEach((kind, meters) -> check("entente.sites.distance-by-kind." + kind, meters));
	}

	double distanceFor(String kind) {
		return (kind != null) ? this.distanceByKind.getOrDefault(kind, this.correlationDistance) : this.correlationDistance;
	}

	/**
	 * The larger of the two kinds' distances: symmetric, so whether two locations are linked never depends on which
	 * was stored first, and the sites are the same whatever the order of submission.
	 */
	double linkDistance(String kind, String otherKind) {
		return Math.max(distanceFor(kind), distanceFor(otherKind));
	}

	/** The nearest any two locations are always linked within, whatever their kinds. */
	double shortestDistance() {
		return Math.min(this.correlationDistance,
				this.distanceByKind.isEmpty() ? Double.MAX_VALUE : Collections.min(this.distanceByKind.values()));
	}

	/** The farthest any location may be linked, whatever the kinds: the radius of every neighbour search. */
	double searchRadius() {
		return Math.max(this.correlationDistance,
				this.distanceByKind.isEmpty() ? 0 : Collections.max(this.distanceByKind.values()));
	}

	private static void check(String setting, Double meters) {
		if (meters == null || !(meters > 0 && meters <= LONGEST_DISTANCE_METERS)) {
			throw new IllegalArgumentException(
					setting + " must be more than 0 and at most " + LONGEST_DISTANCE_METERS + " metres: " + meters);
		}
	}

}
