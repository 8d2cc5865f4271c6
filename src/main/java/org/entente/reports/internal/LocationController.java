package org.entente.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.entente.geo.BoundingBox;
import org.entente.members.Caller;
import org.entente.platform.DecimalNumber;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.Page;
import org.entente.platform.Validation;
import org.entente.reports.internal.LocationRepository.Cell;
import org.springdoc.core.annotations.ParameterObject;
import org.springdoc.core.customizers.OperationCustomizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;

/** Locations one by one, and as the map draws them: clustered on a grid that follows the zoom. */
@RestController
@Transactional(readOnly = true)
class LocationController {

	static final String GEO_JSON = "application/geo+json";

	private static final String MAP_DESCRIPTION = "A FeatureCollection over a fixed grid of 8 cells per 256-pixel tile,"
			+ " counted from 180 W and 90 S: a cell holding one location is that location's Point (properties location,"
			+ " report); a cell holding more is a Point at their centroid with properties cluster=true and count, and"
			+ " their extent as the feature's bbox. Each cell the bbox touches is answered whole.";

	/** More cells than any screen shows; a bigger grid means a bbox and zoom no map client would ask. */
	private static final long MAXIMUM_CELLS = 65_536;

	private final LocationRepository locations;

	private final MapCells counted;

	private final JsonMapper json;

	LocationController(LocationRepository locations, MapCells counted, JsonMapper json) {
		this.locations = locations;
		this.counted = counted;
		this.json = json;
	}

	@GetMapping("/api/v1/locations")
	@Operation(summary = "Search the locations of the reports the caller's member may see",
			description = "The filters of GET /api/v1/reports, applied to each location; one item a location.")
	Page<FoundLocation> search(Caller caller, @ParameterObject SearchParameters parameters) {
		SearchCriteria criteria = parameters.criteria(this.json);
		int limit = parameters.pageSize();
		return ReportQueries.page(this.locations.search(caller.member(), criteria, limit + 1), limit);
	}

	@PostMapping(path = "/api/v1/locations/search", consumes = "application/json")
	@Operation(summary = "Search locations as GET /api/v1/locations does, the parameters in a JSON object")
	Page<FoundLocation> searchByBody(Caller caller, @RequestBody JsonNode body) {
		return search(caller, SearchParameters.of(body));
	}

	@GetMapping(path = "/api/v1/map/locations", produces = { GEO_JSON, "application/json" })
	@Operation(summary = "The visible locations in a box as GeoJSON, clustered for the zoom",
			description = MAP_DESCRIPTION + " The filters of GET /api/v1/reports apply; bbox defaults to the whole world."
					+ " No sort, cursor or limit: every cell of the view is answered at once.")
	ResponseEntity<Map<String, Object>> map(Caller caller, @ParameterObject SearchParameters parameters,
			@Parameter(description = "Web map zoom level, 0 (the world in one tile) to 24", required = true,
					schema = @Schema(type = "integer", minimum = "0", maximum = "24")) @RequestParam(required = false) String zoom) {
		return cells(caller, parameters, zoom);
	}

	@PostMapping(path = "/api/v1/map/locations/search", consumes = "application/json", produces = { GEO_JSON, "application/json" })
	@Operation(summary = "The map as GET /api/v1/map/locations draws it, the parameters in a JSON object",
			description = MAP_DESCRIPTION + " For filters too long for a URL, such as a polygon of thousands of vertices:"
					+ " the members of POST /api/v1/reports/search (polygon as a GeoJSON object, bbox as an array) and zoom.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(type = "object",
							example = "{\"zoom\": 6, \"bbox\": [44.0, 33.0, 44.8, 33.6], \"from\": \"2026-05-01T00:00:00Z\"}"))))
	ResponseEntity<Map<String, Object>> mapByBody(Caller caller, @RequestBody JsonNode body) {
		return cells(caller, SearchParameters.of(body), SearchParameters.scalar(body, "zoom"));
	}

	private ResponseEntity<Map<String, Object>> cells(Caller caller, SearchParameters parameters, String zoom) {
		SearchParameters filters = parameters.filters();
		SearchParameters framed = (filters.bbox() != null) ? filters : filters.withBbox("-180,-90,180,90");
		Validation validation = new Validation();
		Integer level = zoom(validation, zoom);
		SearchCriteria criteria = framed.criteria(this.json, validation);
		MapGrid grid = new MapGrid(level);
		MapGrid.Cover cover = grid.cover(criteria.box());
		requireDrawable(cover);
		List<Cell> cells;
		if (criteria.onlyBoxAndReleaseTime()) {
			// A map's first view, every pan, and "what came in lately": by the audience written on each location.
			cells = this.counted.cells(caller.member(), grid, cover, criteria);
		}
		else {
			SearchCriteria covered = framed.withBbox(boxText(grid.box(cover))).criteria(this.json);
			cells = this.locations.cells(caller.member(), covered, grid, cover);
		}
		return ResponseEntity.ok().header("Content-Type", GEO_JSON).body(featureCollection(cells));
	}

	/** A whole number in ASCII digits: Integer.parseInt also reads other scripts' digits. */
	private static Integer zoom(Validation validation, String text) {
		String digits = (text != null) ? text.strip() : null;
		if (digits == null || digits.isEmpty()) {
			validation.reject("zoom", "required", "must be given: a whole number from 0 to " + MapGrid.MAXIMUM_ZOOM);
			return null;
		}
		try {
			long zoom = DecimalNumber.parseWhole(digits);
			if (zoom >= 0 && zoom <= MapGrid.MAXIMUM_ZOOM) {
				return (int) zoom;
			}
		}
		catch (NumberFormatException exception) {
			// answered below
		}
		validation.reject("zoom", "range", "must be a whole number from 0 to " + MapGrid.MAXIMUM_ZOOM);
		return null;
	}

	private static void requireDrawable(MapGrid.Cover cover) {
		long columns = 0;
		for (MapGrid.Span span : cover.columns()) {
			columns += span.last() - span.first() + 1;
		}
		long cells = columns * (cover.rows().last() - cover.rows().first() + 1);
		if (cells > MAXIMUM_CELLS) {
			throw new InvalidRequestException("zoom", "grid",
					"is too fine for this bbox (" + cells + " cells): ask a smaller bbox or a lower zoom");
		}
	}

	static String boxText(BoundingBox box) {
		return box.west() + "," + box.south() + "," + box.east() + "," + box.north();
	}

	private static Map<String, Object> featureCollection(List<Cell> cells) {
		List<Map<String, Object>> features = new ArrayList<>(cells.size());
		for (Cell cell : cells) {
			features.add(feature(cell));
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return collection;
	}

	private static Map<String, Object> feature(Cell cell) {
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		Map<String, Object> properties = new LinkedHashMap<>();
		if (cell.count() == 1) {
			feature.put("id", cell.locationId().toString());
			properties.put("location", cell.locationId().toString());
			properties.put("report", cell.reportId().toString());
		}
		else {
			feature.put("bbox", List.of(cell.west(), cell.south(), cell.east(), cell.north()));
			properties.put("cluster", true);
			properties.put("count", cell.count());
		}
		feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(cell.longitude(), cell.latitude())));
		feature.put("properties", properties);
		return feature;
	}

	/**
	 * The map's document lists the search's filters but not its paging ({@link SearchParameters#filters}): the
	 * parameter object is the search's, and springdoc hides a parameter for every route or none.
	 */
	@Component
	static class MapDocumentation implements OperationCustomizer {

		private static final Set<String> PAGING = Set.of("sort", "cursor", "limit");

		@Override
		public io.swagger.v3.oas.models.Operation customize(io.swagger.v3.oas.models.Operation operation,
				HandlerMethod handler) {
			boolean map = handler.getBeanType() == LocationController.class && "map".equals(handler.getMethod().getName());
			if (map && operation.getParameters() != null) {
				operation.getParameters().removeIf((parameter) -> PAGING.contains(parameter.getName()));
			}
			return operation;
		}

	}

}
