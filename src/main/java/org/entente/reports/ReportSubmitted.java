package org.entente.reports;

import java.util.UUID;

/** A report was stored and released to its first recipients; {@code sequence} is its ledger entry. */
public record ReportSubmitted(UUID reportId, String originator, long sequence) {
}
