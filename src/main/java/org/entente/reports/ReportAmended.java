package org.entente.reports;

import java.util.UUID;

/** A report has a new version; its recipients should be told. */
public record ReportAmended(UUID reportId, int version, long sequence) {
}
