package org.entente.ledger.verification;

/**
 * The place of a complete subtree in a Merkle tree, as golang.org/x/mod/sumdb/tlog stores
 * them: the subtree at {@code level} L and {@code index} K has 2<sup>L</sup> leaves,
 * those with indices K·2<sup>L</sup> to (K+1)·2<sup>L</sup> - 1. Level 0 holds the leaf
 * hashes; (1, K) is the parent of (0, 2K) and (0, 2K+1). Its hash never changes once the
 * tree holds all its leaves, which is why only these hashes are stored: any root or proof
 * combines O(log n) of them.
 *
 * @param level the height of the subtree, from 0 for a leaf
 * @param index the position of the subtree among those of its level, from 0
 */
public record HashAddress(int level, long index) {

	/** Levels above 62 would hold more leaves than a {@code long} can count. */
	public static final int MAXIMUM_LEVEL = 62;

	public HashAddress {
		if (level < 0 || level > MAXIMUM_LEVEL) {
			throw new IllegalArgumentException("level " + level + " is not between 0 and " + MAXIMUM_LEVEL);
		}
		if (index < 0 || index > (Long.MAX_VALUE >>> level) - 1) {
			throw new IllegalArgumentException("index " + index + " is out of range at level " + level);
		}
	}

	/** Returns the index of the subtree's first leaf. */
	public long firstLeaf() {
		return index << level;
	}

	/**
	 * Returns the smallest tree size at which this subtree is complete and its hash
	 * stored.
	 */
	public long completeAtSize() {
		return (index + 1) << level;
	}

	@Override
	public String toString() {
		return "(" + level + ", " + index + ")";
	}

}
