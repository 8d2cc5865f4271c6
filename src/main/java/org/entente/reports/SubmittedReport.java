package org.entente.reports;

import java.util.UUID;

/** A stored report's identity: its id and its human reference {@code ORIG-YYYY-NNNNN}. */
public record SubmittedReport(UUID id, String reference) {
}
