package org.entente.reports.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Parameter;
import org.entente.geo.BoundingBox;
import org.entente.geo.Coordinate;
import org.entente.geo.CoordinateFormat;
import org.entente.geo.CoordinateParseException;
import org.entente.geo.CoordinateParser;
import org.entente.geo.GeoPolygon;
import org.entente.geo.ShapeException;
import org.entente.platform.DecimalNumber;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.Validation;
import org.entente.reports.internal.SearchCriteria.Circle;
import org.entente.reports.internal.SearchCriteria.Grading;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query parameters of a search as they arrive, all text, so that every bad one is answered 422 naming it
 * rather than a bare 400 from the binder.
 */
record SearchParameters(
		@Parameter(description = "Words to find, in any language; operators and quotes are read as plain text") String q,
		@Parameter(description = "minLon,minLat,maxLon,maxLat (RFC 7946); minLon > maxLon crosses the antimeridian") String bbox,
		@Parameter(description = "A point as people write it: 'lat,lon', DMS, MGRS or UTM; needs radius") String near,
		@Parameter(description = "Metres around near, geodesic, up to 20,000 km") String radius,
		@Parameter(description = "A GeoJSON Polygon object") String polygon,
		@Parameter(description = "Observed at or after (ISO 8601 instant)") String observedFrom,
		@Parameter(description = "Observed at or before") String observedTo,
		@Parameter(description = "Released at or after: the time the report reached the centre") String from,
		@Parameter(description = "Released at or before") String to,
		@Parameter(description = "Changed at or after") String since,
		String originator, String category,
		@Parameter(description = "TLP: CLEAR, GREEN, AMBER, AMBER+STRICT or RED") String handling,
		@Parameter(description = "Minimum Admiralty grading, e.g. B or B2 (A and 1 best); reports the caller sees sanitised carry no grading and never match") String minGrading,
		@Parameter(description = "true: only reports with an outcome recorded (POST /api/v1/outcomes); false: only those without") String hasOutcome,
		@Parameter(description = "relevance (default with q), distance (default with near), time (otherwise)") String sort,
		String cursor,
		@Parameter(description = "1 to 1000, default 100") String limit) {

	private static final double LONGEST_RADIUS_METERS = 20_000_000;

	private static final int LONGEST_TEXT = 500;

	private static final int LONGEST_PARAMETER = 1_000;

	/** 10,000 vertices written with generous precision. */
	private static final int LONGEST_POLYGON = 1_000_000;

	private static final Pattern GRADING = Pattern.compile("^([A-F])([1-6])?$");

	private static final List<String> HANDLINGS = List.of("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED");

	SearchCriteria criteria(JsonMapper json) {
		return criteria(json, new Validation());
	}

	/**
	 * The criteria, or every problem of these parameters together with those already in {@code validation}
	 * (a parameter of the caller's own, such as the map's zoom).
	 */
	SearchCriteria criteria(JsonMapper json, Validation validation) {
		Validation storable = new Validation();
		requireStorableText(storable);
		if (storable.failed()) {
			// Text PostgreSQL cannot take is not read further: it is refused alone, with what was refused before.
			storable.problems().forEach(validation::reject);
			validation.throwIfFailed();
		}
		String text = text(validation);
		BoundingBox box = shape(validation, "bbox", this.bbox, () -> BoundingBox.of(numbers(this.bbox, 4)));
		Circle circle = circle(validation);
		GeoPolygon area = shape(validation, "polygon", this.polygon, () -> GeoPolygon.of(rings(json)));
		Instant observedFrom = validation.instant("observedFrom", this.observedFrom);
		Instant observedTo = validation.instant("observedTo", this.observedTo);
		Instant releasedFrom = validation.instant("from", this.from);
		Instant releasedTo = validation.instant("to", this.to);
		Instant updatedSince = validation.instant("since", this.since);
		// An empty value would match nothing and answer an empty page, where every other empty filter is refused.
		validation.optionalValue("originator", this.originator, LONGEST_PARAMETER);
		validation.optionalValue("category", this.category, LONGEST_PARAMETER);
		if (this.handling != null && !HANDLINGS.contains(this.handling)) {
			validation.reject("handling", "enum", "must be one of " + String.join(", ", HANDLINGS));
		}
		Grading grading = grading(validation);
		Boolean outcome = hasOutcome(validation);
		SearchOrder order = order(validation, text, circle);
		SearchPosition position = position(validation, order);
		// Checked here, not only when the page size is asked for, so that it is reported with the others.
		validation.limit(this.limit);
		validation.throwIfFailed();
		return new SearchCriteria(text, box, circle, area, observedFrom, observedTo, releasedFrom, releasedTo,
				updatedSince, this.originator, this.category, this.handling, grading, outcome, order, position);
	}

	/**
	 * The same parameters as a JSON object, for searches too long for a URL (a polygon of thousands of
	 * vertices): each member as its query parameter, a polygon as a GeoJSON object, a bbox as an array too.
	 */
	static SearchParameters of(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidRequestException("body", "type", "must be a JSON object of search parameters");
		}
		return new SearchParameters(scalar(body, "q"), listOrScalar(body, "bbox"), listOrScalar(body, "near"),
				scalar(body, "radius"), body.path("polygon").isObject() ? body.get("polygon").toString() : scalar(body, "polygon"),
				scalar(body, "observedFrom"), scalar(body, "observedTo"), scalar(body, "from"), scalar(body, "to"),
				scalar(body, "since"), scalar(body, "originator"), scalar(body, "category"), scalar(body, "handling"),
				scalar(body, "minGrading"), scalar(body, "hasOutcome"), scalar(body, "sort"), scalar(body, "cursor"),
				scalar(body, "limit"));
	}

	static String scalar(JsonNode body, String name) {
		JsonNode value = body.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isValueNode()) {
			throw new InvalidRequestException(name, "type", "must be a string or a number");
		}
		return value.asString();
	}

	private static String listOrScalar(JsonNode body, String name) {
		JsonNode value = body.get(name);
		if (value == null || !value.isArray()) {
			return scalar(body, name);
		}
		List<String> parts = new java.util.ArrayList<>();
		value.forEach((part) -> parts.add(part.asString()));
		return String.join(",", parts);
	}

	/**
	 * The filters alone, for the map: it answers every cell of its view at once, in no order, so it takes no
	 * sort, cursor or page size, and ignores them as any parameter it does not take.
	 */
	SearchParameters filters() {
		return new SearchParameters(this.q, this.bbox, this.near, this.radius, this.polygon, this.observedFrom,
				this.observedTo, this.from, this.to, this.since, this.originator, this.category, this.handling,
				this.minGrading, this.hasOutcome, null, null, null);
	}

	SearchParameters withBbox(String box) {
		return new SearchParameters(this.q, box, this.near, this.radius, this.polygon, this.observedFrom,
				this.observedTo, this.from, this.to, this.since, this.originator, this.category, this.handling,
				this.minGrading, this.hasOutcome, this.sort, this.cursor, this.limit);
	}

	/** The page size asked for, checked against the contract's bounds. */
	int pageSize() {
		Validation validation = new Validation();
		int size = validation.limit(this.limit);
		validation.throwIfFailed();
		return size;
	}

	/**
	 * PostgreSQL refuses U+0000 and a lone surrogate cannot be sent as UTF-8, so such a value is refused naming
	 * it before any SQL is run.
	 */
	private void requireStorableText(Validation validation) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("q", this.q);
		values.put("bbox", this.bbox);
		values.put("near", this.near);
		values.put("radius", this.radius);
		values.put("observedFrom", this.observedFrom);
		values.put("observedTo", this.observedTo);
		values.put("from", this.from);
		values.put("to", this.to);
		values.put("since", this.since);
		values.put("originator", this.originator);
		values.put("category", this.category);
		values.put("handling", this.handling);
		values.put("minGrading", this.minGrading);
		values.put("hasOutcome", this.hasOutcome);
		values.put("sort", this.sort);
		values.put("cursor", this.cursor);
		values.put("limit", this.limit);
		values.forEach((field, value) -> {
			if (value != null) {
				validation.text(field, value, LONGEST_PARAMETER);
			}
		});
		if (this.polygon != null) {
			validation.text("polygon", this.polygon, LONGEST_POLYGON);
		}
	}

	private String text(Validation validation) {
		if (this.q == null || this.q.isBlank()) {
			return null;
		}
		return validation.text("q", this.q, LONGEST_TEXT) ? this.q.strip() : null;
	}

	private Circle circle(Validation validation) {
		if (this.near == null && this.radius == null) {
			return null;
		}
		if (this.near == null || this.radius == null) {
			validation.reject((this.near == null) ? "near" : "radius", "required", "near and radius go together");
			return null;
		}
		Coordinate centre = centre(validation);
		Double metres = null;
		try {
			metres = DecimalNumber.parse(this.radius.strip());
		}
		catch (NumberFormatException exception) {
			// reported below
		}
		if (metres == null || !(metres > 0 && metres <= LONGEST_RADIUS_METERS)) {
			validation.reject("radius", "range", "must be metres, more than 0 and at most 20,000 km");
			return null;
		}
		return (centre != null) ? new Circle(centre.latitude(), centre.longitude(), metres) : null;
	}

	/** {@code lat,lon} as the design writes it, or any one coordinate people write (DMS, MGRS, UTM...). */
	private Coordinate centre(Validation validation) {
		try {
			List<Double> pair = numbers(this.near, 2);
			if (Coordinate.isLatitude(pair.get(0)) && Coordinate.isLongitude(pair.get(1))) {
				return new Coordinate(pair.get(0), pair.get(1), 1, CoordinateFormat.DECIMAL_DEGREES);
			}
		}
		catch (ShapeException exception) {
			// not two numbers: perhaps a coordinate in another notation
		}
		try {
			return CoordinateParser.parse(this.near);
		}
		catch (CoordinateParseException exception) {
			validation.reject("near", "coordinates", "must be a point such as 48.85,2.35 (" + exception.getMessage() + ")");
			return null;
		}
	}

	private List<List<List<Double>>> rings(JsonMapper json) {
		JsonNode node;
		try {
			node = json.readTree(this.polygon);
		}
		catch (RuntimeException exception) {
			throw new ShapeException("must be a GeoJSON Polygon object");
		}
		if (!"Polygon".equals(node.path("type").asString(""))) {
			throw new ShapeException("must be a GeoJSON object of type Polygon");
		}
		try {
			return json.convertValue(node.path("coordinates"), new TypeReference<List<List<List<Double>>>>() {
			});
		}
		catch (RuntimeException exception) {
			throw new ShapeException("coordinates must be rings of [longitude, latitude]");
		}
	}

	private Grading grading(Validation validation) {
		if (this.minGrading == null) {
			return null;
		}
		Matcher matcher = GRADING.matcher(this.minGrading);
		if (!matcher.matches()) {
			validation.reject("minGrading", "pattern", "must be a reliability A-F, optionally followed by a credibility 1-6, e.g. B2");
			return null;
		}
		Integer credibility = (matcher.group(2) != null) ? Integer.valueOf(matcher.group(2)) : null;
		return new Grading(matcher.group(1), credibility);
	}

	private Boolean hasOutcome(Validation validation) {
		if (this.hasOutcome == null) {
			return null;
		}
		return switch (this.hasOutcome.strip()) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> {
				validation.reject("hasOutcome", "type", "must be true or false");
				yield null;
			}
		};
	}

	private SearchOrder order(Validation validation, String text, Circle circle) {
		if (this.sort == null) {
			return (text != null) ? SearchOrder.RELEVANCE : (circle != null) ? SearchOrder.DISTANCE : SearchOrder.TIME;
		}
		SearchOrder order = SearchOrder.fromWireName(this.sort).orElse(null);
		if (order == null) {
			validation.reject("sort", "enum", "must be relevance, time or distance");
		}
		else if (order == SearchOrder.RELEVANCE && this.q == null) {
			validation.reject("sort", "requires", "relevance needs q");
		}
		else if (order == SearchOrder.DISTANCE && this.near == null) {
			validation.reject("sort", "requires", "distance needs near and radius");
		}
		return order;
	}

	private SearchPosition position(Validation validation, SearchOrder order) {
		if (this.cursor == null) {
			return null;
		}
		try {
			SearchPosition position = SearchPosition.decode(this.cursor);
			if (position.order() != order) {
				throw SearchPosition.notOurs();
			}
			return position;
		}
		catch (RuntimeException exception) {
			validation.reject("cursor", "format", "is not a cursor this server issued for this order");
			return null;
		}
	}

	private static <T> T shape(Validation validation, String field, String value, Supplier<T> reading) {
		if (value == null) {
			return null;
		}
		try {
			return reading.get();
		}
		catch (ShapeException exception) {
			validation.reject(field, "shape", exception.getMessage());
			return null;
		}
	}

	private static List<Double> numbers(String text, int count) {
		String[] parts = text.split(",", -1);
		if (parts.length != count) {
			throw new ShapeException("must be " + count + " comma-separated numbers");
		}
		try {
			return Arrays.stream(parts).map(String::strip).map(DecimalNumber::parse).toList();
		}
		catch (NumberFormatException exception) {
			throw new ShapeException("must be " + count + " comma-separated numbers");
		}
	}


}
