package org.entente.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An outcome as the caller's member sees it: who recorded it is named to those who see the report in full and to
 * the recorder's own member, as a report's author is.
 */
@Schema(name = "Outcome")
record OutcomeView(UUID id, UUID report, int version, String member, String recordedBy, Instant recordedAt,
		Instant time, String effect, String objectType, Long quantity, String note, List<UUID> locations) {
}
