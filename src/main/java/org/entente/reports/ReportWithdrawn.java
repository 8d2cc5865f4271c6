package org.entente.reports;

import java.util.UUID;

/** A report was withdrawn by its originator; recipients should purge it. */
public record ReportWithdrawn(UUID reportId, long sequence) {
}
