package org.entente.reports;

import java.util.UUID;

/** A recipient member acknowledged a version of a report; the originator may be told. */
public record ReportAcknowledged(UUID reportId, String member, int version, long sequence) {
}
