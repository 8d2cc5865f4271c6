package org.entente.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a member says came of a report, as sent.
 *
 * @param report the report it came of, one the member originated or was released
 * @param locations some of that report's locations, when it came of those only
 * @param time when it happened; now when not given
 * @param effect what came of it, a taxonomy term ({@code confirmed}, {@code seized}, {@code no-action}, …)
 * @param objectType what it was about, a taxonomy term ({@code vessel}, {@code vehicle}, …)
 * @param quantity how many, when it is counted
 * @param note free text
 */
@Schema(name = "OutcomeDraft")
record OutcomeDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID report, List<UUID> locations,
		Instant time, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "confirmed") String effect,
		@Schema(example = "vessel") String objectType, Long quantity, String note) {
}
