package org.entente.ledger.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.entente.ledger.verification.HashAddress;
import org.entente.ledger.verification.MerkleHashes;
import org.entente.ledger.verification.MerkleTree;
import org.entente.ledger.verification.SubtreeHash;

import static java.util.Objects.requireNonNull;

/**
 * The right edge of the Merkle tree at one size: the hashes of its maximal complete subtrees (its
 * {@link LedgerHashes#frontier}), which are all that appending more leaves needs, and the hash of its last leaf.
 * <p>
 * The last leaf names the tree the edge belongs to: every leaf commits to a fresh 32-byte random salt, so no two
 * appends, committed or rolled back, on any node, produce the same leaf. A ledger whose head has the edge's size
 * and whose leaf at {@code size - 1} is the edge's last leaf therefore has exactly this edge, which is what lets
 * a node keep its edge in memory between appends and have the database confirm it in the appending statement.
 */
final class RightEdge {

	private static final byte[] NO_LEAF = new byte[0];

	private final long size;

	private final Map<HashAddress, byte[]> subtrees;

	private final byte[] lastLeaf;

	private RightEdge(long size, Map<HashAddress, byte[]> subtrees, byte[] lastLeaf) {
		this.size = size;
		this.subtrees = subtrees;
		this.lastLeaf = lastLeaf;
	}

	static RightEdge empty() {
		return new RightEdge(0, Map.of(), NO_LEAF);
	}

	/**
	 * The edge of the stored tree of {@code size} leaves.
	 * @param stored the stored hashes of at least {@link #addressesToRead(long)}
	 * @throws IllegalStateException if one of them is missing
	 */
	static RightEdge of(long size, Map<HashAddress, byte[]> stored) {
		if (size == 0) {
			return empty();
		}
		Map<HashAddress, byte[]> subtrees = new HashMap<>();
		for (HashAddress address : addressesToRead(size)) {
			byte[] hash = stored.get(address);
			if (hash == null) {
				throw new IllegalStateException("the Merkle tree lacks the hash " + address + " of its first " + size
						+ " leaves; the start-up check adds the missing ones");
			}
			subtrees.put(address, hash);
		}
		byte[] lastLeaf = subtrees.get(lastLeafAddress(size));
		subtrees.keySet().retainAll(LedgerHashes.frontier(size));
		return new RightEdge(size, Map.copyOf(subtrees), lastLeaf);
	}

	/** What {@link #of} needs: the frontier, and the last leaf, which is part of it only for an odd size. */
	static List<HashAddress> addressesToRead(long size) {
		List<HashAddress> addresses = new ArrayList<>(LedgerHashes.frontier(size));
		if (size > 0 && !addresses.contains(lastLeafAddress(size))) {
			addresses.add(lastLeafAddress(size));
		}
		return addresses;
	}

	long size() {
		return this.size;
	}

	/** The last leaf's hash; empty for the empty tree, which has none. */
	byte[] lastLeaf() {
		return this.lastLeaf.clone();
	}

	/**
	 * Appends leaves in memory: the ledger_tree rows to store for them (RFC 9162 §2.1.1, as
	 * {@link MerkleTree#storedHashes} derives them) and the edge after them. A left sibling a new leaf needs was
	 * either complete before, and then its parent was not, so it is one of this edge's subtrees, or it was
	 * completed by an earlier leaf of the same growth.
	 */
	Growth grow(List<byte[]> leafHashes) {
		requireNonNull(leafHashes, "leafHashes is null");
		Map<HashAddress, byte[]> known = new HashMap<>(this.subtrees);
		MerkleTree tree = new MerkleTree(addresses -> addresses.stream().map(known::get).toList());
		List<byte[]> rows = new ArrayList<>(leafHashes.size());
		for (int offset = 0; offset < leafHashes.size(); offset++) {
			List<SubtreeHash> completed = tree.storedHashes(this.size + offset, leafHashes.get(offset));
			byte[] row = new byte[completed.size() * MerkleHashes.HASH_SIZE];
			for (int level = 0; level < completed.size(); level++) {
				byte[] hash = completed.get(level).hash();
				known.put(completed.get(level).address(), hash);
				System.arraycopy(hash, 0, row, level * MerkleHashes.HASH_SIZE, MerkleHashes.HASH_SIZE);
			}
			rows.add(row);
		}
		long grown = this.size + leafHashes.size();
		known.keySet().retainAll(new HashSet<>(LedgerHashes.frontier(grown)));
		byte[] last = leafHashes.isEmpty() ? this.lastLeaf : leafHashes.get(leafHashes.size() - 1).clone();
		return new Growth(rows, new RightEdge(grown, Map.copyOf(known), last));
	}

	/** RFC 9162 §2.1.1: the root hash of the tree this is the edge of. */
	byte[] rootHash() {
		return LedgerHashes.rootOf(LedgerHashes.frontier(this.size).stream().map(this.subtrees::get).toList());
	}

	private static HashAddress lastLeafAddress(long size) {
		return new HashAddress(0, size - 1);
	}

	/**
	 * @param rows per new leaf, its ledger_tree row: its hash, then those of the subtrees it completes
	 * @param edge the edge of the grown tree
	 */
	record Growth(List<byte[]> rows, RightEdge edge) {

	}

}
