package org.entente.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.entente.geo.BoundingBox;
import org.entente.reports.internal.SiteRepository.SiteAggregate;

/**
 * A site as one member sees it: every figure comes from the locations it may see, of reports not withdrawn, at
 * the coordinates it sees them at.
 */
record SiteView(UUID id, @Schema(description = "the spherical centroid of the locations") double latitude,
		double longitude,
		@Schema(description = "[minLon, minLat, maxLon, maxLat] (RFC 7946); minLon > maxLon when it crosses the antimeridian") List<Double> extent,
		@Schema(description = "the earliest observation time (the location's, else the report's, else its submission)") Instant firstSeen,
		Instant lastSeen, @Schema(description = "reports with a location in the site") int reports,
		@Schema(description = "corroboration: distinct originating members") int members,
		@Schema(description = "locations in the site") int locations) {

	static SiteView of(SiteAggregate site) {
		BoundingBox extent = site.footprint().extent();
		return new SiteView(site.id(), site.footprint().latitude(), site.footprint().longitude(),
				List.of(extent.west(), extent.south(), extent.east(), extent.north()), site.firstSeen(), site.lastSeen(),
				site.reports(), site.members(), site.locations());
	}

}
