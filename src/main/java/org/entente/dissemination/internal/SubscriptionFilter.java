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

	/**
	 * The filter ready to match: its area parsed once, since validating a polygon costs O(n²) in its vertices
	 * and a filter is matched against every delivery of a batch.
	 */
	Matcher matcher() {
		return new Matcher(this, (this.bbox != null) ? BoundingBox.of(this.bbox) : null,
				(this.polygon != null) ? GeoPolygon.of(this.polygon) : null);
	}

	record Matcher(SubscriptionFilter filter, BoundingBox box, GeoPolygon shape) {

		boolean matches(ReportSnapshot report) {
			return matchesList(this.filter.categories(), report.category())
					&& matchesList(this.filter.originators(), report.originator()) && matchesKeywords(report)
					&& matchesGrading(report) && matchesArea(report);
		}

		private static boolean matchesList(List<String> wanted, String value) {
			return wanted == null || wanted.isEmpty() || (value != null && wanted.contains(value));
		}

		private boolean matchesKeywords(ReportSnapshot report) {
			List<String> keywords = this.filter.keywords();
			if (keywords == null || keywords.isEmpty()) {
				return true;
			}
			String text = (report.title() + "\n" + report.body()).toLowerCase(Locale.ROOT);
			return keywords.stream().anyMatch((keyword) -> text.contains(keyword.toLowerCase(Locale.ROOT)));
		}

		/** A report without grading (or one a sanitised recipient sees without it) does not meet a minimum. */
		private boolean matchesGrading(ReportSnapshot report) {
			String reliability = this.filter.minimumReliability();
			Integer credibility = this.filter.minimumCredibility();
			if (reliability != null
					&& (report.sourceReliability() == null || report.sourceReliability().compareTo(reliability) > 0)) {
				return false;
			}
			return credibility == null || (report.credibility() != null && report.credibility() <= credibility);
		}

		private boolean matchesArea(ReportSnapshot report) {
			if (this.box == null && this.shape == null) {
				return true;
			}
			for (ReportSnapshot.Point point : report.locations()) {
				boolean inBox = this.box == null || this.box.contains(point.latitude(), point.longitude());
				boolean inShape = this.shape == null || this.shape.contains(point.latitude(), point.longitude());
				if (inBox && inShape) {
					return true;
				}
			}
			return false;
		}

	}

}
