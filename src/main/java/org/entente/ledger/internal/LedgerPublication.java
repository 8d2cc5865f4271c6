package org.entente.ledger.internal;

import java.util.List;
import java.util.Optional;

import org.entente.ledger.LedgerEntry;
import org.entente.ledger.PublishedLedger;
import org.entente.ledger.SignedCheckpoint;

import org.springframework.stereotype.Component;

/** What the ledger publishes, read from its tables; the caller checks sizes against {@link #size()}. */
@Component
class LedgerPublication implements PublishedLedger {

	private final LedgerRepository ledger;

	private final LedgerHashes hashes;

	private final CheckpointRepository checkpoints;

	private final Checkpoints signing;

	LedgerPublication(LedgerRepository ledger, LedgerHashes hashes, CheckpointRepository checkpoints,
			Checkpoints signing) {
		this.ledger = ledger;
		this.hashes = hashes;
		this.checkpoints = checkpoints;
		this.signing = signing;
	}

	@Override
	public long size() {
		return this.ledger.size();
	}

	@Override
	public Optional<SignedCheckpoint> latestCheckpoint() {
		return this.checkpoints.latest();
	}

	@Override
	public Optional<SignedCheckpoint> checkpoint(long size) {
		return this.checkpoints.find(size);
	}

	@Override
	public String verifierKey() {
		return this.signing.verifierKey();
	}

	@Override
	public List<String> envelopes(long start, long end) {
		return this.ledger.entries(start, end).stream().map(LedgerEntry::envelope).toList();
	}

	@Override
	public Optional<LedgerEntry> entry(long seq) {
		return this.ledger.entry(seq);
	}

	@Override
	public List<LedgerEntry> entries(long after, int limit) {
		return this.ledger.entries(after + 1, after + 1 + limit);
	}

	@Override
	public List<byte[]> inclusionProof(long index, long size) {
		return this.hashes.tree().inclusionProof(index, size);
	}

	@Override
	public List<byte[]> consistencyProof(long from, long to) {
		return this.hashes.tree().consistencyProof(from, to);
	}

	@Override
	public byte[] rootHash(long size) {
		return this.hashes.tree().rootHash(size);
	}

}
