package org.entente.ledger.verification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import static java.util.Objects.requireNonNull;

/**
 * The hash functions of an RFC 9162 §2.1 Merkle tree, with SHA-256 as the tree's hash
 * algorithm. The one-byte prefixes 0x00 and 0x01 separate leaves from interior nodes, so
 * that a leaf can never be presented as a node (RFC 9162 §2.1.1 and its security
 * considerations).
 */
public final class MerkleHashes {

	/** Every hash in the tree is a SHA-256 digest of this many bytes. */
	public static final int HASH_SIZE = 32;

	private static final byte LEAF_PREFIX = 0x00;

	private static final byte NODE_PREFIX = 0x01;

	private MerkleHashes() {
	}

	/**
	 * RFC 9162 §2.1.1: {@code MTH({d(0)}) = SHA-256(0x00 || d(0))}.
	 * @param data the leaf input; for the ledger, the entry's public envelope
	 * @return the leaf hash
	 */
	public static byte[] leafHash(byte[] data) {
		requireNonNull(data, "data is null");
		MessageDigest digest = sha256();
		digest.update(LEAF_PREFIX);
		digest.update(data);
		return digest.digest();
	}

	/**
	 * RFC 9162 §2.1.1: {@code SHA-256(0x01 || MTH(left) || MTH(right))}.
	 * @param left the hash of the left subtree
	 * @param right the hash of the right subtree
	 * @return the hash of the node that joins them
	 */
	public static byte[] nodeHash(byte[] left, byte[] right) {
		requireHashSize(left, "left");
		requireHashSize(right, "right");
		MessageDigest digest = sha256();
		digest.update(NODE_PREFIX);
		digest.update(left);
		digest.update(right);
		return digest.digest();
	}

	/**
	 * RFC 9162 §2.1.1: the hash of an empty list is the hash of an empty string,
	 * {@code MTH({}) = SHA-256()}.
	 * @return the root hash of the tree of size 0
	 */
	public static byte[] emptyRoot() {
		return sha256().digest();
	}

	private static void requireHashSize(byte[] hash, String name) {
		requireNonNull(hash, name + " is null");
		if (hash.length != HASH_SIZE) {
			throw new IllegalArgumentException(name + " has " + hash.length + " bytes, a hash has " + HASH_SIZE);
		}
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException exception) {
			// Every Java platform must implement SHA-256 (java.security.MessageDigest
			// Javadoc).
			throw new IllegalStateException("SHA-256 is not available", exception);
		}
	}

}
