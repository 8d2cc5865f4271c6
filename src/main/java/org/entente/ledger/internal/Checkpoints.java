package org.entente.ledger.internal;

import java.time.Instant;
import java.util.Optional;

import org.entente.ledger.SignedCheckpoint;
import org.entente.ledger.verification.Checkpoint;
import org.entente.ledger.verification.NoteSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signs a C2SP tlog-checkpoint of the committed tree whenever it has grown, at most every
 * {@code entente.ledger.checkpoint-interval}. Every node runs this; Ed25519 signatures (RFC 8032 §5.1.6) are
 * deterministic, so nodes sharing the key sign a given size identically, and the table keeps one.
 */
@Component
class Checkpoints {

	private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

	private final CheckpointRepository repository;

	private final LedgerRepository ledger;

	private final LedgerHashes hashes;

	private final NoteSigner signer;

	private final LedgerIntegrity integrity;

	Checkpoints(CheckpointRepository repository, LedgerRepository ledger, LedgerHashes hashes, CheckpointKey key,
			LedgerIntegrity integrity) {
		this.repository = repository;
		this.ledger = ledger;
		this.hashes = hashes;
		this.signer = key.signer();
		this.integrity = integrity;
	}

	@Scheduled(fixedDelayString = "${entente.ledger.checkpoint-interval:5s}")
	void signIfGrown() {
		try {
			signNow();
		}
		catch (RuntimeException exception) {
			log.warn("Could not sign a checkpoint; trying again at the next interval: {}", exception.toString());
		}
	}

	/** Signs the committed tree if it is larger than the latest checkpoint; answers the latest checkpoint. */
	Optional<SignedCheckpoint> signNow() {
		Optional<SignedCheckpoint> latest = this.repository.latest();
		if (!this.integrity.maySign()) {
			return latest;
		}
		long size = this.ledger.size();
		if (latest.isPresent() && latest.get().size() >= size) {
			return latest;
		}
		byte[] root = this.hashes.tree().rootHash(size);
		String note = this.signer.sign(new Checkpoint(this.signer.name(), size, root).text());
		this.repository.insert(new SignedCheckpoint(size, root, note), Instant.now());
		return this.repository.latest();
	}

	/**
	 * Records this node's verifier key as the centre's if none is yet; a node holding another key must not sign,
	 * since members verify every checkpoint with the one key they pinned.
	 */
	void requireTheCentresKey() {
		String centres = this.repository.recordKey(this.signer.verifierKey(), Instant.now());
		if (!centres.equals(this.signer.verifierKey())) {
			String reason = "this node's checkpoint key " + this.signer.verifierKey() + " is not the centre's key "
					+ centres + " recorded in the database; set entente.ledger.key-file to the centre's key file";
			log.error("Not signing checkpoints: {}", reason);
			this.integrity.refuseSigning(reason);
		}
	}

	/** The centre's verifier key: the recorded one, which this node's equals unless it refuses to sign. */
	String verifierKey() {
		return this.repository.verifierKey().orElse(this.signer.verifierKey());
	}

}
