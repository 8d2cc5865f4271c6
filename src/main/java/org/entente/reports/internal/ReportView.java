package org.entente.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report as one member may see it. For a {@code sanitized} recipient, the author and source grading are null
 * and the coordinates are those of the sanitisation grid, with no original text.
 */
record ReportView(UUID id, String reference, int version, String originator, String author, String title,
		String body, String language, String category, Instant observedAt, Instant validUntil,
		String sourceReliability, Integer credibility, String handling, String detail,
		List<ReleaseView> releasableTo, Instant submittedAt, Instant updatedAt, boolean withdrawn,
		Instant withdrawnAt, String withdrawnReason, List<LocationView> locations) {

	ReportView with(List<ReleaseView> releases, List<LocationView> locations) {
		return new ReportView(this.id, this.reference, this.version, this.originator, this.author, this.title,
				this.body, this.language, this.category, this.observedAt, this.validUntil, this.sourceReliability,
				this.credibility, this.handling, this.detail, releases, this.submittedAt, this.updatedAt,
				this.withdrawn, this.withdrawnAt, this.withdrawnReason, locations);
	}

	record ReleaseView(String member, String detail) {
	}

	record LocationView(UUID id, double lat, double lon, double precisionMeters, Double elevationMeters, String kind,
			String label, Instant observedAt, String coordinates, String format) {
	}

}
