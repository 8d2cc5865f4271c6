package org.entente.reports;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A report as a member submits it, before validation; every field may be missing or wrong, and the validator
 * says which.
 *
 * @param releasableTo {@code ["ALL"]}, member codes, or {@code {"member": "B", "detail": "sanitized"}} objects
 */
public record ReportDraft(String title, String body, String language, String category, String observedAt,
		String validUntil, String sourceReliability, Integer credibility, String handling,
		List<JsonNode> releasableTo, List<LocationDraft> locations) {

	/**
	 * A location as submitted: either {@code coordinates} text in any common format, or {@code lat} and
	 * {@code lon}.
	 */
	public record LocationDraft(String coordinates, Double lat, Double lon, String label, String kind,
			Double precisionMeters, Double elevationMeters, String observedAt) {
	}

}
