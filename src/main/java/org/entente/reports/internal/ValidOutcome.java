package org.entente.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An outcome whose fields passed {@link Outcomes#validOrThrow}; the time filled in when it was not given. */
record ValidOutcome(UUID report, List<UUID> locations, Instant time, String effect, String objectType, Long quantity,
		String note) {
}
