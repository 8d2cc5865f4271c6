package org.entente.reports.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.entente.reports.internal.SiteRepository.SiteReport;

/** A site with the reports that make it up, as one member sees them. */
record SiteDetail(@JsonUnwrapped SiteView site,
		@Schema(description = "the reports with a location in the site, by reference") List<SiteReport> reportReferences) {
}
