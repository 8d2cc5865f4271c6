package org.entente.reports.internal;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A location a search found, with the report it belongs to, at the detail the viewer has: a sanitised
 * recipient gets the sanitisation grid's point and precision. The distance is there when the search had a
 * point to measure from.
 */
record FoundLocation(UUID id, UUID reportId, String reference, String title, String originator, String detail,
		double lat, double lon, double precisionMeters, String kind, String label, Instant observedAt,
		Instant submittedAt, @JsonInclude(JsonInclude.Include.NON_NULL) Double distanceMeters) {
}
