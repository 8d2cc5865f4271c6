package org.entente.reports;

import java.util.List;
import java.util.UUID;

/**
 * A report as one member sees it, reduced to what standing filters match on. Sanitised recipients get the
 * sanitised coordinates and no grading, exactly as they read the report.
 */
public record ReportSnapshot(UUID id, String originator, String title, String body, String category,
		String sourceReliability, Integer credibility, List<Point> locations) {

	public record Point(double latitude, double longitude) {
	}

}
