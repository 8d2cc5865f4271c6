package org.entente.ledger.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.ledger.verification.HashAddress;
import org.entente.ledger.verification.HashStore;
import org.entente.ledger.verification.MerkleHashes;
import org.entente.ledger.verification.MerkleTree;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger_tree table: the stored complete-subtree hashes of the Merkle tree over the envelopes, one row per
 * leaf holding the hashes that leaf completed (V8's comment has the layout), read in one query per root or proof
 * and appended in the statement of the entries they cover.
 */
@Repository
class LedgerHashes implements HashStore {

	private static final int HASH_SIZE = MerkleHashes.HASH_SIZE;

	private final JdbcClient jdbc;

	LedgerHashes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A missing row makes the answer shorter, which {@link MerkleTree} reports as a missing hash. */
	@Override
	public List<byte[]> hashes(List<HashAddress> addresses) {
		Map<Long, byte[]> rows = rowsOf(addresses);
		List<byte[]> hashes = new ArrayList<>(addresses.size());
		for (HashAddress address : addresses) {
			byte[] hash = hashIn(rows, address);
			if (hash != null) {
				hashes.add(hash);
			}
		}
		return hashes;
	}

	/** The stored hashes of those addresses that have one. */
	Map<HashAddress, byte[]> stored(List<HashAddress> addresses) {
		Map<Long, byte[]> rows = rowsOf(addresses);
		Map<HashAddress, byte[]> stored = new HashMap<>();
		for (HashAddress address : addresses) {
			byte[] hash = hashIn(rows, address);
			if (hash != null) {
				stored.put(address, hash);
			}
		}
		return stored;
	}

	/** The rows holding those addresses' hashes, by leaf, in one query. */
	private Map<Long, byte[]> rowsOf(List<HashAddress> addresses) {
		long[] leaves = addresses.stream().mapToLong(LedgerHashes::completingLeaf).distinct().toArray();
		Map<Long, byte[]> rows = new HashMap<>();
		if (leaves.length > 0) {
			this.jdbc.sql("select leaf, hashes from ledger_tree where leaf = any(?)")
				.param(leaves)
				.query(row -> {
					rows.put(row.getLong(1), row.getBytes(2));
				});
		}
		return rows;
	}

	/** The hash at {@code address}: the level-th of its completing leaf's row, or null if not stored. */
	private static byte[] hashIn(Map<Long, byte[]> rows, HashAddress address) {
		byte[] row = rows.get(completingLeaf(address));
		int start = address.level() * HASH_SIZE;
		if (row == null || row.length < start + HASH_SIZE) {
			return null;
		}
		return Arrays.copyOfRange(row, start, start + HASH_SIZE);
	}

	/** The leaf whose append completes the subtree at {@code address}: its last leaf. */
	static long completingLeaf(HashAddress address) {
		return address.completeAtSize() - 1;
	}

	MerkleTree tree() {
		return new MerkleTree(this);
	}

	/** The edge of the stored tree of {@code size} leaves, in one query. */
	RightEdge rightEdge(long size) {
		if (size == 0) {
			return RightEdge.empty();
		}
		return RightEdge.of(size, stored(RightEdge.addressesToRead(size)));
	}

	/** Stores the rows of leaves {@code first}, {@code first + 1}, … ({@link RightEdge.Growth#rows()}). */
	void insert(long first, List<byte[]> rows) {
		long[] leaves = new long[rows.size()];
		Arrays.setAll(leaves, offset -> first + offset);
		this.jdbc.sql("insert into ledger_tree (leaf, hashes) select * from unnest(?::bigint[], ?::bytea[])")
			.params(leaves, rows.toArray(byte[][]::new))
			.update();
	}

	/** How many leaves the stored tree holds: one more than the highest leaf. */
	long leafCount() {
		return this.jdbc.sql("select coalesce(max(leaf) + 1, 0) from ledger_tree").query(Long.class).single();
	}

	/**
	 * RFC 9162 §2.1.1: the root of a tree from the hashes of its {@link #frontier}, folded from the right, as the
	 * MTH of D[0:n] joins MTH(D[0:k]) with MTH(D[k:n]) for the largest power of two k below n.
	 */
	static byte[] rootOf(List<byte[]> frontierHashes) {
		if (frontierHashes.isEmpty()) {
			return MerkleHashes.emptyRoot();
		}
		byte[] root = frontierHashes.get(frontierHashes.size() - 1);
		for (int position = frontierHashes.size() - 2; position >= 0; position--) {
			root = MerkleHashes.nodeHash(frontierHashes.get(position), root);
		}
		return root;
	}

	/**
	 * The maximal complete subtrees of the tree of {@code size} leaves, largest (leftmost) first: one per bit set
	 * in {@code size}. RFC 9162 §2.1.1's MTH of that tree folds their hashes from the right.
	 */
	static List<HashAddress> frontier(long size) {
		List<HashAddress> subtrees = new ArrayList<>();
		long start = 0;
		for (int level = HashAddress.MAXIMUM_LEVEL; level >= 0; level--) {
			if ((size & (1L << level)) != 0) {
				subtrees.add(new HashAddress(level, start >>> level));
				start += 1L << level;
			}
		}
		return subtrees;
	}

}
