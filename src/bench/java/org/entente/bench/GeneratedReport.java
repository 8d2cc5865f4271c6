package org.entente.bench;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One report of the search benchmark's corpus, as the rows of report, report_release and location hold it.
 *
 * @param validUntil null for most reports, as for most real ones
 */
record GeneratedReport(UUID id, String reference, String originator, String author, String title, String body,
		String language, String category, Instant observedAt, Instant validUntil, String sourceReliability,
		int credibility, String handling, Instant submittedAt, List<Release> releases, List<Location> locations) {

	/** A release to a member, or to "ALL", at 'full' or 'sanitized' detail. */
	record Release(String member, String detail) {
	}

	/** A location with the sanitised point the application computes on write (its 1 km grid). */
	record Location(UUID id, int position, double latitude, double longitude, double precisionMeters, String kind,
			String label, Instant observedAt, String originalText, String format, double sanitizedLatitude,
			double sanitizedLongitude, double sanitizedPrecisionMeters) {
	}

}
