package org.entente.reports;

import java.util.UUID;

/** A report was released to more members, or at fuller detail. */
public record ReportReleaseWidened(UUID reportId, long sequence) {
}
