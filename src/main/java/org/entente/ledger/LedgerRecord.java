package org.entente.ledger;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * One state change to be appended: who, what kind, about what, and the event itself (a JSON object of
 * strings, integers, booleans, lists and maps, canonicalised per RFC 8785 on append).
 */
public record LedgerRecord(Actor actor, String type, Subject subject, Map<String, ?> event) {

	public LedgerRecord {
		requireNonNull(actor, "actor is null");
		requireNonNull(type, "type is null");
		requireNonNull(subject, "subject is null");
		requireNonNull(event, "event is null");
	}

}
