package org.entente.dissemination.internal;

import java.util.List;
import java.util.Locale;

import org.entente.geo.BoundingBox;
import org.entente.geo.GeoPolygon;
import org.entente.reports.ReportSnapshot;

/**
 * What a subscription matches, every part optional and all parts required together: an area (a bounding box or a
 * GeoJSON polygon's coordinates), categories, originators, keywords (any, case-insensitive, in title or body),
 * and a minimum grading on the Admiralty scale (reliability A best, credibility 1 best).
 */
record SubscriptionFilter(List<Double> bbox, List<List<List<Double>>> polygon, List<String> categories,
		List<String> originators, List<String> keywords, String minimumReliability, Integer minimumCredibility) {

	boolean matches(ReportSnapshot report) {
		return matchesList(this.categories, report.category()) && matchesList(this.originators, report.originator())
				&& matchesKeywords(report) && matchesGrading(report) && matchesArea(report);
	}

	private static boolean matchesList(List<String> wanted, String value) {
		return wanted == null || wanted.isEmpty() || (value != null && wanted.contains(value));
	}

	private boolean matchesKeywords(ReportSnapshot report) {
		if (this.keywords == null || this.keywords.isEmpty()) {
			return true;
		}
		String text = (report.title() + "\n" + report.body()).toLowerCase(Locale.ROOT);
		return this.keywords.stream().anyMatch((keyword) -> text.contains(keyword.toLowerCase(Locale.ROOT)));
	}

	/** A report without grading (or one a sanitised recipient sees without it) does not meet a minimum. */
	private boolean matchesGrading(ReportSnapshot report) {
		if (this.minimumReliability != null && (report.sourceReliability() == null
				|| report.sourceReliability().compareTo(this.minimumReliability) > 0)) {
			return false;
		}
		return this.minimumCredibility == null
				|| (report.credibility() != null && report.credibility() <= this.minimumCredibility);
	}

	private boolean matchesArea(ReportSnapshot report) {
		if (this.bbox == null && this.polygon == null) {
			return true;
		}
		BoundingBox box = (this.bbox != null) ? BoundingBox.of(this.bbox) : null;
		GeoPolygon shape = (this.polygon != null) ? GeoPolygon.of(this.polygon) : null;
		for (ReportSnapshot.Point point : report.locations()) {
			boolean inBox = box == null || box.contains(point.latitude(), point.longitude());
			boolean inShape = shape == null || shape.contains(point.latitude(), point.longitude());
			if (inBox && inShape) {
				return true;
			}
		}
		return false;
	}

}
