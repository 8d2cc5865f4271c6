package org.entente.reports;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * A member that may see a report (need-to-know: it originated it, or it was released to it or to ALL), and
 * whether it is the report's originator, which is all a stream needs to route an event about the report.
 */
public record ReportViewer(UUID report, String member, boolean originator) {

	public ReportViewer {
		requireNonNull(report, "report is null");
		requireNonNull(member, "member is null");
	}

}
