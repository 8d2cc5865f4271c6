package org.entente.reports.internal;

import java.time.Instant;
import java.util.List;

import org.entente.reports.Detail;

/** A report that passed every rule, with its coordinates parsed and its sanitised form computed. */
record ValidReport(String title, String body, String language, String category, Instant observedAt,
		Instant validUntil, String sourceReliability, Integer credibility, String handling, List<Release> releases,
		List<ValidLocation> locations) {

	/** One recipient ({@code ALL} for every member) at its detail level. */
	record Release(String member, Detail detail) {
	}

	record ValidLocation(double latitude, double longitude, double precisionMeters, Double elevationMeters,
			String kind, String label, Instant observedAt, String originalText, String format,
			double sanitizedLatitude, double sanitizedLongitude, double sanitizedPrecisionMeters) {
	}

}
