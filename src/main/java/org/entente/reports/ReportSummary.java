package org.entente.reports;

import java.time.Instant;
import java.util.UUID;

/** A line of a list of reports, as the viewing member may see it. */
public record ReportSummary(UUID id, String reference, String originator, String title, String handling,
		String detail, Instant submittedAt, boolean withdrawn, int locations) {
}
