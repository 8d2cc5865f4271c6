package org.entente.reports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.reports.internal.ValidReport.Release;
import org.entente.reports.internal.ValidReport.ValidLocation;

/**
 * The content of one version of a report as a JSON object: what is kept in its history and what the ledger's
 * content digest covers. Keys use the API's names, so a full recipient can recompute the digest.
 */
final class ReportContent {

	private ReportContent() {
	}

	static Map<String, Object> of(ValidReport report, String author) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("title", report.title());
		content.put("body", report.body());
		content.put("language", report.language());
		content.put("category", report.category());
		content.put("observedAt", text(report.observedAt()));
		content.put("validUntil", text(report.validUntil()));
		content.put("sourceReliability", report.sourceReliability());
		content.put("credibility", report.credibility());
		content.put("handling", report.handling());
		content.put("author", author);
		List<Map<String, Object>> locations = new ArrayList<>();
		for (ValidLocation location : report.locations()) {
			locations.add(location(location));
		}
		content.put("locations", locations);
		return content;
	}

	static List<Map<String, String>> releases(List<Release> releases) {
		return releases.stream()
			.map((release) -> Map.of("member", release.member(), "detail", release.detail().wireName()))
			.toList();
	}

	private static Map<String, Object> location(ValidLocation location) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("lat", location.latitude());
		content.put("lon", location.longitude());
		content.put("precisionMeters", location.precisionMeters());
		content.put("elevationMeters", location.elevationMeters());
		content.put("kind", location.kind());
		content.put("label", location.label());
		content.put("observedAt", text(location.observedAt()));
		content.put("coordinates", location.originalText());
		content.put("format", location.format());
		Map<String, Object> sanitized = new LinkedHashMap<>();
		sanitized.put("lat", location.sanitizedLatitude());
		sanitized.put("lon", location.sanitizedLongitude());
		sanitized.put("precisionMeters", location.sanitizedPrecisionMeters());
		sanitized.put("format", "sanitized");
		content.put("sanitized", sanitized);
		return content;
	}

	private static String text(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

}
