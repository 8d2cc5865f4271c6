package org.entente.ledger.verification;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The recursive definitions of RFC 9162 §2.1.1 (MTH), §2.1.3.1 (PATH) and §2.1.4.1 (PROOF
 * and SUBPROOF), transcribed as literally as Java allows, as an oracle for
 * {@link MerkleTree}. Slow on purpose: every call recomputes the subtree hashes it needs
 * from the leaves.
 */
final class ReferenceMerkleTree {

	/**
	 * The eight leaf inputs behind the trees of the transparency-dev/merkle test vectors.
	 */
	static final List<String> VECTOR_LEAF_INPUTS = List.of("", "00", "10", "2021", "3031", "40414243",
			"5051525354555657", "606162636465666768696a6b6c6d6e6f");

	/** MTH of all eight {@link #VECTOR_LEAF_INPUTS}, from the README of the vectors. */
	static final String VECTOR_ROOT = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";

	private final List<byte[]> leafHashes;

	private ReferenceMerkleTree(List<byte[]> leafHashes) {
		this.leafHashes = List.copyOf(leafHashes);
	}

	static ReferenceMerkleTree ofLeafHashes(List<byte[]> leafHashes) {
		return new ReferenceMerkleTree(leafHashes);
	}

	static ReferenceMerkleTree ofVectorLeaves() {
		List<byte[]> leafHashes = new ArrayList<>();
		for (String input : VECTOR_LEAF_INPUTS) {
			leafHashes.add(MerkleHashes.leafHash(HexFormat.of().parseHex(input)));
		}
		return new ReferenceMerkleTree(leafHashes);
	}

	List<byte[]> leafHashes() {
		return leafHashes;
	}

	/** MTH(D[size]). */
	byte[] rootHash(int size) {
		return size == 0 ? MerkleHashes.emptyRoot() : mth(0, size);
	}

	/** PATH(m, D[size]). */
	List<byte[]> path(int m, int size) {
		return path(m, 0, size);
	}

	/** PROOF(m, D[size]) = SUBPROOF(m, D[size], true). */
	List<byte[]> proof(int m, int size) {
		return subproof(m, 0, size, true);
	}

	/** MTH(D[start:end]) for a non-empty range. */
	private byte[] mth(int start, int end) {
		int n = end - start;
		if (n == 1) {
			return leafHashes.get(start);
		}
		int k = largestPowerOfTwoSmallerThan(n);
		return MerkleHashes.nodeHash(mth(start, start + k), mth(start + k, end));
	}

	/** PATH(m, D[start:end]), m relative to start. */
	private List<byte[]> path(int m, int start, int end) {
		int n = end - start;
		List<byte[]> result = new ArrayList<>();
		if (n == 1) {
			return result;
		}
		int k = largestPowerOfTwoSmallerThan(n);
		if (m < k) {
			result.addAll(path(m, start, start + k));
			result.add(mth(start + k, end));
		}
		else {
			result.addAll(path(m - k, start + k, end));
			result.add(mth(start, start + k));
		}
		return result;
	}

	/** SUBPROOF(m, D[start:end], b), m relative to start. */
	private List<byte[]> subproof(int m, int start, int end, boolean b) {
		int n = end - start;
		List<byte[]> result = new ArrayList<>();
		if (m == n) {
			if (!b) {
				result.add(mth(start, end));
			}
			return result;
		}
		int k = largestPowerOfTwoSmallerThan(n);
		if (m <= k) {
			result.addAll(subproof(m, start, start + k, b));
			result.add(mth(start + k, end));
		}
		else {
			result.addAll(subproof(m - k, start + k, end, false));
			result.add(mth(start, start + k));
		}
		return result;
	}

	/**
	 * RFC 9162 §2.1.1: "k be the largest power of two smaller than n (i.e., k < n <=
	 * 2k)".
	 */
	private static int largestPowerOfTwoSmallerThan(int n) {
		int k = 1;
		while (k * 2 < n) {
			k *= 2;
		}
		return k;
	}

}
