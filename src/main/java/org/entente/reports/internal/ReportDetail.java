package org.entente.reports.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.entente.reports.internal.SiteRepository.SiteCorroboration;

/**
 * A report as one member sees it, with the sites of its locations: each site's reports and corroborating members
 * are counted from what that member may see.
 */
record ReportDetail(@JsonUnwrapped ReportView report,
		@Schema(description = "the sites of the report's locations, in the order of their first location") List<SiteCorroboration> sites) {
}
