package org.entente.ledger.verification;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Verification of RFC 9162 Merkle audit paths (§2.1.3.2) and consistency proofs
 * (§2.1.4.2).
 * <p>
 * Sizes and indices are Java {@code long}s and must not be negative: a ledger never
 * exceeds 2<sup>63</sup> - 1 entries, and an unsigned 64-bit value above that (such as
 * 18446744073709551615, which arrives as -1) is refused rather than wrapped around.
 */
public final class MerkleProofs {

	private MerkleProofs() {
	}

	/**
	 * Verifies that a leaf is in a tree, by the algorithm of RFC 9162 §2.1.3.2.
	 * @param index the leaf's index, from 0
	 * @param size the number of leaves in the tree
	 * @param leafHash the leaf's hash ({@link MerkleHashes#leafHash})
	 * @param proof the audit path, from the leaf's sibling up to the root's child
	 * @param root the tree's root hash
	 * @throws ProofException if the proof does not show that the leaf is in the tree
	 */
	public static void verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
			throws ProofException {
		requireNonNull(proof, "proof is null");
		requireNotNegative(index, "leaf index");
		requireNotNegative(size, "tree size");
		// RFC 9162 §2.1.3.2 step 1: "If leaf_index is greater than or equal to tree_size,
		// then fail".
		if (index >= size) {
			throw new ProofException("leaf index " + index + " is not below tree size " + size);
		}
		requireHash(leafHash, "leaf hash");
		requireHash(root, "root hash");
		requireHashes(proof);
		byte[] computed = inclusionRoot(index, size, leafHash, proof);
		requireEqual(computed, root, "inclusion proof of leaf " + index + " leads to root " + encode(computed)
				+ ", not to the given root " + encode(root) + " of size " + size);
	}

	/**
	 * Verifies that a tree of size {@code size1} is a prefix of a tree of size
	 * {@code size2}, by the algorithm of RFC 9162 §2.1.4.2.
	 * <p>
	 * RFC 9162 defines consistency proofs only for {@code 0 < size1 < size2}. Beyond
	 * that, as the transparency-dev/merkle test vectors do: {@code size1 == 0} is refused
	 * (every tree is trivially consistent with the empty one, so such a proof proves
	 * nothing and likely reveals a caller's mistake); {@code size1 == size2} passes only
	 * with an empty proof and equal roots.
	 * @param size1 the size of the older tree
	 * @param size2 the size of the newer tree
	 * @param proof the consistency proof, in the order of RFC 9162 §2.1.4.1
	 * @param root1 the root hash of the older tree
	 * @param root2 the root hash of the newer tree
	 * @throws ProofException if the proof does not show that the older tree is a prefix
	 * of the newer
	 */
	public static void verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
			throws ProofException {
		requireNonNull(proof, "proof is null");
		requireNotNegative(size1, "size1");
		requireNotNegative(size2, "size2");
		if (size1 == 0) {
			throw new ProofException(
					"size1 is 0: every tree is consistent with the empty tree, there is nothing to prove");
		}
		if (size1 > size2) {
			throw new ProofException("size1 " + size1 + " is greater than size2 " + size2);
		}
		requireHash(root1, "root1");
		requireHash(root2, "root2");
		requireHashes(proof);
		if (size1 == size2) {
			verifyEqualTrees(size1, proof, root1, root2);
			return;
		}
		verifyConsistencyPath(size1, size2, proof, root1, root2);
	}

	/** RFC 9162 §2.1.3.2 steps 2 to 5, after the arguments have been checked. */
	private static byte[] inclusionRoot(long index, long size, byte[] leafHash, List<byte[]> proof)
			throws ProofException {
		long fn = index;
		long sn = size - 1;
		byte[] r = leafHash;
		for (byte[] p : proof) {
			// Step 4a: a path longer than the tree is high.
			if (sn == 0) {
				throw new ProofException("inclusion proof has " + proof.size() + " hashes, too many for leaf " + index
						+ " of a tree of size " + size);
			}
			if (isOdd(fn) || fn == sn) {
				r = MerkleHashes.nodeHash(p, r);
				// Step 4b.ii: "right-shift both fn and sn equally until either LSB(fn) is
				// set or fn is 0",
				// skipping the levels where the node is the last one of its level and has
				// no sibling.
				while (!isOdd(fn) && fn != 0) {
					fn >>>= 1;
					sn >>>= 1;
				}
			}
			else {
				r = MerkleHashes.nodeHash(r, p);
			}
			// Step 4c.
			fn >>>= 1;
			sn >>>= 1;
		}
		// Step 5: "Compare sn to 0": a path shorter than the tree is high.
		if (sn != 0) {
			throw new ProofException("inclusion proof has " + proof.size() + " hashes, too few for leaf " + index
					+ " of a tree of size " + size);
		}
		return r;
	}

	private static void verifyEqualTrees(long size, List<byte[]> proof, byte[] root1, byte[] root2)
			throws ProofException {
		if (!proof.isEmpty()) {
			throw new ProofException("size1 and size2 are both " + size + " but the proof is not empty: it has "
					+ proof.size() + " hashes");
		}
		requireEqual(root1, root2, "size1 and size2 are both " + size + " but root1 " + encode(root1)
				+ " differs from root2 " + encode(root2));
	}

	/** RFC 9162 §2.1.4.2 for {@code 0 < size1 < size2}. */
	private static void verifyConsistencyPath(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
			throws ProofException {
		// Step 1.
		if (proof.isEmpty()) {
			throw new ProofException("consistency proof from size " + size1 + " to size " + size2 + " is empty");
		}
		List<byte[]> path = new ArrayList<>(proof);
		// Step 2: when the old tree is complete, its root is a node of the new tree and
		// the proof omits it.
		if (isPowerOfTwo(size1)) {
			path.add(0, root1);
		}
		// Step 3.
		long fn = size1 - 1;
		long sn = size2 - 1;
		// Step 4: start at the lowest node of the path that is the root of a complete
		// subtree of the old tree.
		while (isOdd(fn)) {
			fn >>>= 1;
			sn >>>= 1;
		}
		// Step 5.
		byte[] fr = path.get(0);
		byte[] sr = path.get(0);
		// Step 6.
		for (byte[] c : path.subList(1, path.size())) {
			// Step 6a.
			if (sn == 0) {
				throw new ProofException("consistency proof has " + proof.size() + " hashes, too many from size "
						+ size1 + " to size " + size2);
			}
			if (isOdd(fn) || fn == sn) {
				fr = MerkleHashes.nodeHash(c, fr);
				sr = MerkleHashes.nodeHash(c, sr);
				// Step 6b.iii, as step 4b.ii of §2.1.3.2.
				while (!isOdd(fn) && fn != 0) {
					fn >>>= 1;
					sn >>>= 1;
				}
			}
			else {
				sr = MerkleHashes.nodeHash(sr, c);
			}
			// Step 6c.
			fn >>>= 1;
			sn >>>= 1;
		}
		// Step 7.
		if (sn != 0) {
			throw new ProofException("consistency proof has " + proof.size() + " hashes, too few from size " + size1
					+ " to size " + size2);
		}
		requireEqual(fr, root1, "consistency proof leads to root1 " + encode(fr) + ", not to the given root1 "
				+ encode(root1) + " of size " + size1);
		requireEqual(sr, root2, "consistency proof leads to root2 " + encode(sr) + ", not to the given root2 "
				+ encode(root2) + " of size " + size2);
	}

	private static void requireNotNegative(long value, String name) throws ProofException {
		if (value < 0) {
			throw new ProofException(name + " " + Long.toUnsignedString(value)
					+ " is out of range: sizes and indices are at most 2^63 - 1");
		}
	}

	private static void requireHash(byte[] hash, String name) throws ProofException {
		requireNonNull(hash, name + " is null");
		if (hash.length != MerkleHashes.HASH_SIZE) {
			throw new ProofException(name + " has " + hash.length + " bytes, a hash has " + MerkleHashes.HASH_SIZE);
		}
	}

	private static void requireHashes(List<byte[]> proof) throws ProofException {
		for (int position = 0; position < proof.size(); position++) {
			requireHash(proof.get(position), "proof hash " + position);
		}
	}

	private static void requireEqual(byte[] computed, byte[] expected, String message) throws ProofException {
		// Constant time is not needed for public hashes, but MessageDigest.isEqual states
		// the intent.
		if (!MessageDigest.isEqual(computed, expected)) {
			throw new ProofException(message);
		}
	}

	private static boolean isOdd(long value) {
		return (value & 1) == 1;
	}

	private static boolean isPowerOfTwo(long value) {
		return value > 0 && (value & (value - 1)) == 0;
	}

	private static String encode(byte[] hash) {
		return Base64.getEncoder().encodeToString(hash);
	}

}
