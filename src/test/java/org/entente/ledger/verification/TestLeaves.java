package org.entente.ledger.verification;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Distinct, reproducible leaves for trees of any size. */
final class TestLeaves {

	private TestLeaves() {
	}

	/**
	 * The leaf hashes of the leaves whose data are the 8-byte big-endian numbers 0 to
	 * size - 1.
	 */
	static List<byte[]> leafHashes(int size) {
		List<byte[]> leafHashes = new ArrayList<>(size);
		for (long index = 0; index < size; index++) {
			leafHashes.add(MerkleHashes.leafHash(ByteBuffer.allocate(Long.BYTES).putLong(index).array()));
		}
		return leafHashes;
	}

}
