package org.entente.reports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.entente.geo.BoundingBox;
import org.entente.geo.GeoPolygon;

/**
 * What a search of reports or locations asks for: every filter optional, all given filters combined. The area
 * filters (box, circle, polygon) apply together to each single location, at the detail the viewer has.
 */
record SearchCriteria(String text, BoundingBox box, Circle circle, GeoPolygon polygon, Instant observedFrom,
		Instant observedTo, Instant releasedFrom, Instant releasedTo, Instant updatedSince, String originator,
		String category, String handling, Grading minimumGrading, Boolean hasOutcome, SearchOrder order,
		SearchPosition position) {

	static SearchCriteria latest(String originator, String category, String handling, Instant updatedSince) {
		return new SearchCriteria(null, null, null, null, null, null, null, null, updatedSince, originator, category,
				handling, null, null, SearchOrder.TIME, null);
	}

	/** Nothing asked but a box: the map's clusters can then come from counts kept ahead (V12). */
	boolean onlyBox() {
		return onlyBoxAndReleaseTime() && this.releasedFrom == null && this.releasedTo == null;
	}

	/**
	 * Nothing asked but a box and the release time: both are written on each location (V9, V11), so the map can
	 * count the locations without their reports.
	 */
	boolean onlyBoxAndReleaseTime() {
		return this.text == null && this.circle == null && this.polygon == null && this.observedFrom == null
				&& this.observedTo == null && this.updatedSince == null && this.originator == null
				&& this.category == null && this.handling == null && this.minimumGrading == null
				&& this.hasOutcome == null;
	}

	boolean hasArea() {
		return this.box != null || this.circle != null || this.polygon != null;
	}

	/**
	 * The boxes an index can narrow the candidates with before the exact test: the circle's when there is one
	 * (usually the smallest), else the polygon's bounds, else the box; never across the antimeridian.
	 */
	List<BoundingBox> candidateBoxes() {
		BoundingBox narrowest = (this.circle != null) ? this.circle.bounds()
				: (this.polygon != null) ? this.polygon.bounds() : this.box;
		return new ArrayList<>(narrowest.splitAtAntimeridian());
	}

	/** A circle around a point, in geodesic metres. */
	record Circle(double latitude, double longitude, double radiusMeters) {

		BoundingBox bounds() {
			return BoundingBox.around(this.latitude, this.longitude, this.radiusMeters);
		}

	}

	/**
	 * A minimum Admiralty grading: source reliability at least as good as the letter (A best), information
	 * credibility at least as good as the digit (1 best) when one is given.
	 */
	record Grading(String reliability, Integer credibility) {
	}

}
