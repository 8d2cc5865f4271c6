package org.entente.reports.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.entente.geo.Coordinate;
import org.entente.geo.CoordinateParseException;
import org.entente.geo.CoordinateParser;
import org.entente.geo.Sanitisation;
import org.entente.platform.Validation;
import org.entente.reports.Detail;
import org.entente.reports.ReportDraft;
import org.entente.reports.ReportDraft.LocationDraft;
import org.entente.reports.internal.ValidReport.Release;
import org.entente.reports.internal.ValidReport.ValidLocation;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The rules a report must meet; every broken rule is named by its field's JSON path.
 */
@Component
class ReportValidator {

	static final String ALL = "ALL";

	private static final List<String> HANDLINGS = List.of("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED");

	private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$");

	private static final Pattern KIND = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,63}$");

	private static final Pattern RELIABILITY = Pattern.compile("^[A-F]$");

	/**
	 * The coarsest cell {@link Sanitisation} rounds to (4,000 km): a location vaguer than that cannot be given a
	 * sanitised position, and 20,000 km, the bound before, failed there with a 500.
	 */
	private static final double COARSEST_PRECISION_METERS = 4_000_000;

	/** One degree of latitude in metres, the unit of the precision implied by decimal places. */
	private static final double METRES_PER_DEGREE = 111_320;

	private final ReportSettings settings;

	ReportValidator(ReportSettings settings) {
		this.settings = settings;
	}

	/** The report, or null with the problems added to {@code validation}. */
	ValidReport validate(ReportDraft draft, String originator, Set<String> activeMembers, Validation validation) {
		int before = validation.problems().size();
		validation.requiredText("title", draft.title(), 500);
		if (draft.body() == null) {
			validation.reject("body", "required", "must be present (it may be empty)");
		}
		else {
			validation.text("body", draft.body(), this.settings.maximumBodyLength());
		}
		if (draft.language() != null) {
			validation.matches("language", draft.language(), LANGUAGE, "a BCP 47 language tag such as en or fr-CA");
		}
		validation.optionalText("category", draft.category(), 100);
		Instant observedAt = instant(validation, "observedAt", draft.observedAt());
		Instant validUntil = instant(validation, "validUntil", draft.validUntil());
		if (observedAt != null && validUntil != null && validUntil.isBefore(observedAt)) {
			validation.reject("validUntil", "order", "must not be before observedAt");
		}
		if (draft.sourceReliability() != null) {
			validation.matches("sourceReliability", draft.sourceReliability(), RELIABILITY, "one of A to F (Admiralty scale)");
		}
		if (draft.credibility() != null && (draft.credibility() < 1 || draft.credibility() > 6)) {
			validation.reject("credibility", "range", "must be 1 to 6 (Admiralty scale)");
		}
		String handling = handling(validation, draft.handling());
		List<Release> releases = releases(validation, "releasableTo", draft.releasableTo(), originator, activeMembers);
		List<ValidLocation> locations = locations(validation, draft.locations());
		if (validation.problems().size() > before) {
			return null;
		}
		return new ValidReport(draft.title(), draft.body(), draft.language(), draft.category(), observedAt,
				validUntil, draft.sourceReliability(), draft.credibility(), handling, releases, locations);
	}

	/** The releases named in a request, merged so each member appears once at its fullest detail. */
	List<Release> releases(Validation validation, String field, List<JsonNode> requested, String originator,
			Set<String> activeMembers) {
		Map<String, Detail> releases = new LinkedHashMap<>();
		if (requested == null) {
			return List.of();
		}
		for (int i = 0; i < requested.size(); i++) {
			Release release = release(validation, field + "[" + i + "]", requested.get(i), activeMembers);
			if (release != null && !release.member().equals(originator)) {
				releases.merge(release.member(), release.detail(), (a, b) -> (a == Detail.FULL) ? a : b);
			}
		}
		return releases.entrySet().stream().map((entry) -> new Release(entry.getKey(), entry.getValue())).toList();
	}

	private Release release(Validation validation, String field, JsonNode node, Set<String> activeMembers) {
		String member;
		Detail detail = Detail.FULL;
		if (node != null && node.isString()) {
			member = node.asString();
		}
		else if (node != null && node.isObject() && node.path("member").isString()) {
			member = node.path("member").asString();
			JsonNode detailNode = node.path("detail");
			if (!detailNode.isMissingNode() && !detailNode.isNull()) {
				if (!detailNode.isString() || !List.of("full", "sanitized").contains(detailNode.asString())) {
					validation.reject(field + ".detail", "enum", "must be full or sanitized");
					return null;
				}
				detail = Detail.fromWireName(detailNode.asString());
			}
		}
		else {
			validation.reject(field, "type", "must be a member code, \"ALL\", or {\"member\": ..., \"detail\": ...}");
			return null;
		}
		if (!ALL.equals(member) && !activeMembers.contains(member)) {
			validation.reject(node.isObject() ? field + ".member" : field, "member",
					"is not an active member: " + member);
			return null;
		}
		return new Release(member, detail);
	}

	private List<ValidLocation> locations(Validation validation, List<LocationDraft> drafts) {
		if (drafts == null) {
			return List.of();
		}
		if (drafts.size() > this.settings.maximumLocations()) {
			validation.reject("locations", "maxItems", "must have at most " + this.settings.maximumLocations() + " items");
			return List.of();
		}
		List<ValidLocation> locations = new ArrayList<>(drafts.size());
		for (int i = 0; i < drafts.size(); i++) {
			ValidLocation location = location(validation, "locations[" + i + "]", drafts.get(i));
			if (location != null) {
				locations.add(location);
			}
		}
		return locations;
	}

	private ValidLocation location(Validation validation, String field, LocationDraft draft) {
		if (draft == null) {
			validation.reject(field, "required", "must be an object");
			return null;
		}
		int before = validation.problems().size();
		Coordinate coordinate = coordinate(validation, field, draft);
		Double precision = draft.precisionMeters();
		if (precision != null && !(precision > 0 && precision <= COARSEST_PRECISION_METERS)) {
			validation.reject(field + ".precisionMeters", "range", "must be more than 0 and at most 4,000,000");
		}
		Double elevation = draft.elevationMeters();
		if (elevation != null && !(elevation >= -12_000 && elevation <= 100_000)) {
			validation.reject(field + ".elevationMeters", "range", "must be between -12,000 and 100,000");
		}
		if (draft.kind() != null) {
			validation.matches(field + ".kind", draft.kind(), KIND, "lower-case letters, digits and ._- (a taxonomy term)");
		}
		validation.optionalText(field + ".label", draft.label(), 500);
		Instant observedAt = instant(validation, field + ".observedAt", draft.observedAt());
		if (coordinate == null || validation.problems().size() > before) {
			return null;
		}
		double precisionMeters = (precision != null) ? precision : coordinate.precisionMeters();
		Coordinate sanitized = Sanitisation.sanitise(coordinate.latitude(), coordinate.longitude(),
				Math.max(precisionMeters, this.settings.sanitisationPrecisionMeters()));
		return new ValidLocation(coordinate.latitude(), coordinate.longitude(), precisionMeters, elevation,
				draft.kind(), draft.label(), observedAt, draft.coordinates(), coordinate.format().wireName(),
				sanitized.latitude(), sanitized.longitude(), sanitized.precisionMeters());
	}

	private static Coordinate coordinate(Validation validation, String field, LocationDraft draft) {
		boolean hasText = draft.coordinates() != null;
		boolean hasNumbers = draft.lat() != null || draft.lon() != null;
		if (hasText == hasNumbers) {
			validation.reject(field, "oneOf", "must give either coordinates (text) or lat and lon");
			return null;
		}
		if (hasText) {
			if (!validation.text(field + ".coordinates", draft.coordinates(), 200)) {
				return null;
			}
			try {
				return CoordinateParser.parse(draft.coordinates());
			}
			catch (CoordinateParseException exception) {
				validation.reject(field + ".coordinates", "coordinate", exception.getMessage());
				return null;
			}
		}
		return decimal(validation, field, draft.lat(), draft.lon());
	}

	private static Coordinate decimal(Validation validation, String field, Double lat, Double lon) {
		boolean valid = true;
		if (lat == null || !(lat >= -90 && lat <= 90)) {
			validation.reject(field + ".lat", "range", "must be a number from -90 to 90");
			valid = false;
		}
		if (lon == null || !(lon >= -180 && lon <= 180)) {
			validation.reject(field + ".lon", "range", "must be a number from -180 to 180");
			valid = false;
		}
		if (!valid) {
			return null;
		}
		// JSON numbers lose trailing zeros (44.0 may have been 44.00000), so the finer of the two counts.
		int decimals = Math.max(decimals(lat), decimals(lon));
		double precision = METRES_PER_DEGREE * Math.pow(10, -Math.min(decimals, 7));
		return new Coordinate(lat, lon, precision, org.entente.geo.CoordinateFormat.DECIMAL_DEGREES);
	}

	private static int decimals(double value) {
		return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
	}

	private static String handling(Validation validation, String handling) {
		if (handling == null) {
			validation.reject("handling", "required", "must be one of " + String.join(", ", HANDLINGS) + " (TLP 2.0)");
			return null;
		}
		String normalised = handling.toUpperCase(Locale.ROOT).replaceFirst("^TLP:", "");
		if (!HANDLINGS.contains(normalised)) {
			validation.reject("handling", "enum", "must be one of " + String.join(", ", HANDLINGS) + " (TLP 2.0)");
			return null;
		}
		return normalised;
	}

	private static Instant instant(Validation validation, String field, String text) {
		if (text == null) {
			return null;
		}
		Instant instant;
		try {
			instant = OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MICROS);
		}
		catch (DateTimeParseException exception) {
			validation.reject(field, "format", "must be an RFC 3339 date-time with offset, e.g. 2026-03-01T12:00:00Z");
			return null;
		}
		return validation.storable(field, instant) ? instant : null;
	}

}
