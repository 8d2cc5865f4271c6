package org.entente.reports;

import java.util.UUID;

/** A member recorded what came of a report it may see; those who may see the report may be told. */
public record OutcomeRecorded(UUID outcomeId, UUID reportId, String member, long sequence) {
}
