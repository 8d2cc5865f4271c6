package org.entente.reports.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.entente.geo.BoundingBox;
import org.entente.geo.ShapeException;
import org.entente.members.Caller;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.Page;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sites over the API: where locations of several reports cluster, and how many members corroborate them. */
@RestController
class SiteController {

	private final SiteQueries queries;

	SiteController(SiteQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/sites")
	@Operation(summary = "List the sites in an area",
			description = "Sites with a location you may see inside the box, each computed only from the locations "
					+ "you may see (sanitised ones at their grid coordinates), of reports not withdrawn; ordered by id.")
	Page<SiteView> list(Caller caller,
			@Parameter(description = "minLon,minLat,maxLon,maxLat (RFC 7946); minLon > maxLon crosses the antimeridian",
					example = "44.0,33.0,44.8,33.6") @RequestParam(required = false) String bbox,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		return this.queries.inArea(caller, area(bbox), cursor, Page.limit(limit));
	}

	@GetMapping("/api/v1/sites/{id}")
	@Operation(summary = "Read a site and its reports",
			description = "404 when you may see none of its locations, exactly as for a site that does not exist.")
	SiteDetail find(Caller caller, @PathVariable UUID id) {
		return this.queries.find(caller, id);
	}

	private static BoundingBox area(String bbox) {
		if (bbox == null || bbox.isBlank()) {
			throw new InvalidRequestException("bbox", "required", "must be given as minLon,minLat,maxLon,maxLat");
		}
		try {
			return BoundingBox.parse(bbox);
		}
		catch (ShapeException exception) {
			throw new InvalidRequestException("bbox", "shape", exception.getMessage());
		}
	}

}
