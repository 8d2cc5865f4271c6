package org.entente.ledger.verification;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A {@link HashStore} in memory, for tests and for a member that mirrors the ledger's
 * envelopes and recomputes its tree. Holds about two hashes per leaf; at most
 * 2<sup>31</sup> - 1 leaves.
 */
public final class InMemoryHashStore implements HashStore {

	/** The stored hashes of level L, in index order; level 0 holds the leaf hashes. */
	private final List<List<byte[]>> levels = new ArrayList<>();

	/**
	 * Appends a leaf and stores the hashes of the subtrees it completes.
	 * @param leafHash the leaf's hash ({@link MerkleHashes#leafHash})
	 * @return the index of the new leaf
	 */
	public synchronized long append(byte[] leafHash) {
		requireNonNull(leafHash, "leafHash is null");
		long index = size();
		if (index == Integer.MAX_VALUE) {
			throw new IllegalStateException("an in-memory hash store holds at most " + Integer.MAX_VALUE + " leaves");
		}
		for (SubtreeHash subtree : new MerkleTree(this).storedHashes(index, leafHash)) {
			store(subtree);
		}
		return index;
	}

	/** Returns the number of leaves. */
	public synchronized long size() {
		return levels.isEmpty() ? 0 : levels.get(0).size();
	}

	@Override
	public synchronized List<byte[]> hashes(List<HashAddress> addresses) {
		List<byte[]> hashes = new ArrayList<>(addresses.size());
		for (HashAddress address : addresses) {
			hashes.add(hash(address).clone());
		}
		return hashes;
	}

	private byte[] hash(HashAddress address) {
		if (address.level() >= levels.size() || address.index() >= levels.get(address.level()).size()) {
			throw new IllegalStateException("no hash stored at " + address);
		}
		return levels.get(address.level()).get((int) address.index());
	}

	private void store(SubtreeHash subtree) {
		HashAddress address = subtree.address();
		if (address.level() == levels.size()) {
			levels.add(new ArrayList<>());
		}
		List<byte[]> level = levels.get(address.level());
		if (address.index() != level.size()) {
			throw new IllegalStateException("hash at " + address + " is not the next of its level");
		}
		level.add(subtree.hash());
	}

}
