package org.entente.ledger.verification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Root hashes, inclusion proofs and consistency proofs of an RFC 9162 Merkle tree whose
 * complete-subtree hashes are kept in a {@link HashStore}, as in
 * golang.org/x/mod/sumdb/tlog.
 * <p>
 * Every method first works out which stored hashes it needs (O(log n) of them), reads
 * them with one {@link HashStore#hashes} call, and then combines them. A proof element is
 * the hash of a subtree of the RFC 9162 recursion; such a subtree is a run of complete
 * subtrees, whose stored hashes combine, right to left, into its MTH.
 */
public final class MerkleTree {

	private final HashStore store;

	public MerkleTree(HashStore store) {
		this.store = requireNonNull(store, "store is null");
	}

	/**
	 * The hashes to store when leaf {@code index} is appended to a tree of size
	 * {@code index}: the leaf hash at (0, index), then the hash of every subtree the leaf
	 * completes, up to the highest. Reads the left siblings of those subtrees, one per
	 * level, in one call.
	 * @param index the index of the new leaf, which is the size of the tree before it
	 * @param leafHash the new leaf's hash ({@link MerkleHashes#leafHash})
	 * @return the new hashes, lowest level first
	 */
	public List<SubtreeHash> storedHashes(long index, byte[] leafHash) {
		requireIndex(index);
		List<SubtreeHash> created = new ArrayList<>();
		created.add(new SubtreeHash(new HashAddress(0, index), leafHash));
		// A leaf with t trailing one bits completes one subtree on each of the levels 1
		// to t.
		int completedLevels = Long.numberOfTrailingZeros(~index);
		List<HashAddress> leftSiblings = new ArrayList<>(completedLevels);
		for (int level = 0; level < completedLevels; level++) {
			leftSiblings.add(new HashAddress(level, (index >>> level) - 1));
		}
		List<byte[]> siblingHashes = read(leftSiblings);
		byte[] right = leafHash;
		for (int level = 1; level <= completedLevels; level++) {
			right = MerkleHashes.nodeHash(siblingHashes.get(level - 1), right);
			created.add(new SubtreeHash(new HashAddress(level, index >>> level), right));
		}
		return created;
	}

	/**
	 * RFC 9162 §2.1.1: the Merkle Tree Hash of the first {@code size} leaves.
	 * @param size the number of leaves, at most the number stored
	 * @return the root hash; {@link MerkleHashes#emptyRoot()} for size 0
	 */
	public byte[] rootHash(long size) {
		requireSize(size);
		if (size == 0) {
			return MerkleHashes.emptyRoot();
		}
		return hashRanges(List.of(new LeafRange(0, size))).get(0);
	}

	/**
	 * RFC 9162 §2.1.3.1: the audit path {@code PATH(m, D[n])} of leaf {@code index} in
	 * the tree of the first {@code size} leaves.
	 * @param index the leaf's index, below {@code size}
	 * @param size the tree size
	 * @return the hashes of the siblings on the way from the leaf to the root, lowest
	 * first
	 */
	public List<byte[]> inclusionProof(long index, long size) {
		requireSize(size);
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("leaf index " + index + " is not in a tree of size " + size);
		}
		return hashRanges(inclusionRanges(index, size));
	}

	/**
	 * RFC 9162 §2.1.4.1: the consistency proof {@code PROOF(m, D[n])} between the trees
	 * of the first {@code size1} and the first {@code size2} leaves. Empty when the sizes
	 * are equal, as {@code SUBPROOF(m, D[m], true)} is.
	 * @param size1 the size of the older tree, at least 1
	 * @param size2 the size of the newer tree, at least {@code size1}
	 * @return the proof, in the order of RFC 9162
	 */
	public List<byte[]> consistencyProof(long size1, long size2) {
		requireSize(size2);
		if (size1 <= 0 || size1 > size2) {
			throw new IllegalArgumentException(
					"size1 " + size1 + " is not between 1 and size2 " + size2 + ": no consistency proof exists");
		}
		return hashRanges(consistencyRanges(size1, size2));
	}

	/**
	 * RFC 9162 §2.1.3.1 PATH, unrolled: each step adds the sibling of the part that holds
	 * the leaf.
	 */
	private static List<LeafRange> inclusionRanges(long index, long size) {
		List<LeafRange> ranges = new ArrayList<>();
		long start = 0;
		long end = size;
		while (end - start > 1) {
			long split = start + largestPowerOfTwoBelow(end - start);
			if (index < split) {
				ranges.add(new LeafRange(split, end));
				end = split;
			}
			else {
				ranges.add(new LeafRange(start, split));
				start = split;
			}
		}
		// The recursion appends each sibling after the path below it: the deepest comes
		// first.
		Collections.reverse(ranges);
		return ranges;
	}

	/**
	 * RFC 9162 §2.1.4.1 SUBPROOF(m, D[start:end], b), unrolled; {@code size1} stays
	 * absolute. {@code completeInOldTree} is b: whether the current subtree is one whose
	 * hash the verifier already knows as the old root.
	 */
	private static List<LeafRange> consistencyRanges(long size1, long size2) {
		List<LeafRange> ranges = new ArrayList<>();
		long start = 0;
		long end = size2;
		boolean completeInOldTree = true;
		while (size1 != end) {
			long split = start + largestPowerOfTwoBelow(end - start);
			if (size1 <= split) {
				ranges.add(new LeafRange(split, end));
				end = split;
			}
			else {
				ranges.add(new LeafRange(start, split));
				start = split;
				completeInOldTree = false;
			}
		}
		// SUBPROOF(m, D[m], false) = {MTH(D[m])}: the old tree's part is not a known
		// root.
		if (!completeInOldTree) {
			ranges.add(new LeafRange(start, end));
		}
		Collections.reverse(ranges);
		return ranges;
	}

	/**
	 * Reads the stored hashes of all ranges in one call and combines each into its MTH.
	 */
	private List<byte[]> hashRanges(List<LeafRange> ranges) {
		List<List<HashAddress>> subtreesPerRange = new ArrayList<>(ranges.size());
		List<HashAddress> addresses = new ArrayList<>();
		for (LeafRange range : ranges) {
			List<HashAddress> subtrees = range.completeSubtrees();
			subtreesPerRange.add(subtrees);
			addresses.addAll(subtrees);
		}
		List<byte[]> hashes = read(addresses);
		List<byte[]> rangeHashes = new ArrayList<>(ranges.size());
		int next = 0;
		for (List<HashAddress> subtrees : subtreesPerRange) {
			rangeHashes.add(foldFromRight(hashes.subList(next, next + subtrees.size())));
			next += subtrees.size();
		}
		return rangeHashes;
	}

	/**
	 * RFC 9162 §2.1.1: MTH(D[n]) = HASH(0x01 || MTH(D[0:k]) || MTH(D[k:n])) with k the
	 * largest power of two below n. For a run of complete subtrees of decreasing size the
	 * first is D[0:k], so the run's MTH joins each subtree with the MTH of all those to
	 * its right.
	 */
	private static byte[] foldFromRight(List<byte[]> subtreeHashes) {
		byte[] hash = subtreeHashes.get(subtreeHashes.size() - 1);
		for (int position = subtreeHashes.size() - 2; position >= 0; position--) {
			hash = MerkleHashes.nodeHash(subtreeHashes.get(position), hash);
		}
		return hash;
	}

	private List<byte[]> read(List<HashAddress> addresses) {
		if (addresses.isEmpty()) {
			return List.of();
		}
		List<byte[]> hashes = store.hashes(List.copyOf(addresses));
		if (hashes == null || hashes.size() != addresses.size()) {
			throw new IllegalStateException(
					"hash store answered " + (hashes == null ? "null" : hashes.size() + " hashes") + " for "
							+ addresses.size() + " addresses");
		}
		for (int position = 0; position < hashes.size(); position++) {
			byte[] hash = hashes.get(position);
			if (hash == null || hash.length != MerkleHashes.HASH_SIZE) {
				throw new IllegalStateException("hash store answered no 32-byte hash for " + addresses.get(position));
			}
		}
		return hashes;
	}

	/** For n ≥ 2, the k of RFC 9162 §2.1.1: the largest power of two smaller than n. */
	static long largestPowerOfTwoBelow(long n) {
		return Long.highestOneBit(n - 1);
	}

	private static void requireSize(long size) {
		if (size < 0) {
			throw new IllegalArgumentException("tree size " + size + " is negative");
		}
	}

	private static void requireIndex(long index) {
		if (index < 0 || index == Long.MAX_VALUE) {
			throw new IllegalArgumentException("leaf index " + index + " is out of range");
		}
	}

	/**
	 * The leaves with indices from {@code start} (inclusive) to {@code end} (exclusive),
	 * a subtree of the RFC 9162 recursion, so {@code start} is a multiple of the largest
	 * power of two that fits in the range.
	 */
	record LeafRange(long start, long end) {

		/**
		 * The maximal complete subtrees that make up the range, left to right, largest
		 * first.
		 */
		List<HashAddress> completeSubtrees() {
			List<HashAddress> subtrees = new ArrayList<>();
			long first = start;
			while (first < end) {
				// The largest subtree that starts at first (aligned) and fits before end.
				int level = Math.min(Long.numberOfTrailingZeros(first), 63 - Long.numberOfLeadingZeros(end - first));
				subtrees.add(new HashAddress(level, first >>> level));
				first += 1L << level;
			}
			return subtrees;
		}

	}

}
