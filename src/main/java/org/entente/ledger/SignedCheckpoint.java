package org.entente.ledger;

import static java.util.Objects.requireNonNull;

/**
 * A checkpoint the centre signed: the tree size, its root hash, and the C2SP tlog-checkpoint signed note as
 * served (text, empty line, signature line).
 */
public record SignedCheckpoint(long size, byte[] rootHash, String note) {

	public SignedCheckpoint {
		rootHash = requireNonNull(rootHash, "rootHash is null").clone();
		requireNonNull(note, "note is null");
	}

	@Override
	public byte[] rootHash() {
		return this.rootHash.clone();
	}

}
