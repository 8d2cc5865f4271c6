package org.entente.ledger;

import java.time.Instant;
import java.util.Base64;

import org.entente.ledger.verification.Envelope;

import static java.util.Objects.requireNonNull;

/**
 * An entry as the ledger stores it. Only its {@link #envelope()} is public; the event and salt are for those who
 * may see the entry's subject. The actor and subject are not part of the envelope, so the tree does not commit
 * to them: whatever must be provable goes into the event.
 *
 * @param seq the gap-free sequence number, from 0, which is the entry's leaf index
 * @param time when it was recorded, to the microsecond
 * @param actor who made the change
 * @param type what kind of change, e.g. {@code report.submitted}
 * @param subject what the change is about
 * @param event the event, RFC 8785 canonical JSON
 * @param salt 32 random bytes; copied in and out, since arrays are mutable
 */
public record LedgerEntry(long seq, Instant time, Actor actor, String type, Subject subject, String event,
		byte[] salt) {

	public LedgerEntry {
		requireNonNull(time, "time is null");
		requireNonNull(actor, "actor is null");
		requireNonNull(type, "type is null");
		requireNonNull(subject, "subject is null");
		requireNonNull(event, "event is null");
		salt = requireNonNull(salt, "salt is null").clone();
	}

	@Override
	public byte[] salt() {
		return this.salt.clone();
	}

	/** The public envelope, RFC 8785 canonical JSON: exactly the bytes of the entry's leaf in the tree. */
	public String envelope() {
		return envelopeOf().text();
	}

	/** The standard base64 of SHA-256(salt || event). */
	public String commitment() {
		return Base64.getEncoder().encodeToString(envelopeOf().commitment());
	}

	/** The entry's leaf hash, SHA-256(0x00 || envelope) (RFC 9162 §2.1.1). */
	public byte[] leafHash() {
		return envelopeOf().leafHash();
	}

	private Envelope envelopeOf() {
		return Envelope.of(this.seq, this.time, this.type, this.salt, this.event);
	}

}
