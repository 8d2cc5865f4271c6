package org.entente.ledger.internal;

import java.util.Optional;

import org.entente.platform.UnavailableException;

import org.springframework.stereotype.Component;

/**
 * Whether the ledger may grow: not once the start-up check found that the stored entries no longer match their
 * own hashes or checkpoints, since every later checkpoint would then sign the tampered tree. Also whether this
 * node may sign: not with a key other than the one the centre's members pinned.
 */
@Component
class LedgerIntegrity {

	private volatile String refusal;

	private volatile String signingRefusal;

	/** Throws, before anything is written, when the ledger refuses writes. */
	void requireWritable() {
		String reason = this.refusal;
		if (reason != null) {
			throw new UnavailableException("the ledger refuses writes: " + reason);
		}
	}

	boolean writable() {
		return this.refusal == null;
	}

	boolean maySign() {
		return this.refusal == null && this.signingRefusal == null;
	}

	Optional<String> refusal() {
		return Optional.ofNullable(this.refusal);
	}

	Optional<String> signingRefusal() {
		return Optional.ofNullable(this.signingRefusal);
	}

	void refuseWrites(String reason) {
		this.refusal = reason;
	}

	void refuseSigning(String reason) {
		this.signingRefusal = reason;
	}

	void allowWrites() {
		this.refusal = null;
	}

}
