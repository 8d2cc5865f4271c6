package org.entente.ledger.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.ledger.verification.HashAddress;
import org.entente.ledger.verification.HashStore;
import org.entente.ledger.verification.MerkleHashes;
import org.entente.ledger.verification.MerkleTree;
import org.entente.ledger.verification.SubtreeHash;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger_hash table: the stored complete-subtree hashes of the Merkle tree over the envelopes, read in one
 * query per root or proof and appended in the transaction of the entries they cover.
 */
@Repository
class LedgerHashes implements HashStore {

	private static final String READ = """
			select h.hash
			from unnest(?::smallint[], ?::bigint[]) with ordinality a(level, subtree_index, ord)
			join ledger_hash h using (level, subtree_index)
			order by a.ord
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	LedgerHashes(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/** A missing row makes the answer shorter, which {@link MerkleTree} reports as a missing hash. */
	@Override
	public List<byte[]> hashes(List<HashAddress> addresses) {
		int[] levels = new int[addresses.size()];
		long[] indices = new long[addresses.size()];
		for (int position = 0; position < addresses.size(); position++) {
			levels[position] = addresses.get(position).level();
			indices[position] = addresses.get(position).index();
		}
		return this.jdbc.sql(READ).params(levels, indices).query((row, number) -> row.getBytes(1)).list();
	}

	/** The stored hashes of those addresses that have one. */
	Map<HashAddress, byte[]> stored(List<HashAddress> addresses) {
		int[] levels = new int[addresses.size()];
		long[] indices = new long[addresses.size()];
		for (int position = 0; position < addresses.size(); position++) {
			levels[position] = addresses.get(position).level();
			indices[position] = addresses.get(position).index();
		}
		Map<HashAddress, byte[]> stored = new HashMap<>();
		this.jdbc.sql("""
				select h.level, h.subtree_index, h.hash
				from unnest(?::smallint[], ?::bigint[]) a(level, subtree_index)
				join ledger_hash h using (level, subtree_index)
				""").params(levels, indices).query(row -> {
			stored.put(new HashAddress(row.getInt(1), row.getLong(2)), row.getBytes(3));
		});
		return stored;
	}

	MerkleTree tree() {
		return new MerkleTree(this);
	}

	/**
	 * The hashes to store for leaves appended at {@code first}, {@code first + 1}, …: one read of the tree's
	 * frontier, then everything in memory. A left sibling that a new leaf needs was either complete before
	 * {@code first}, and then its parent was not, so it is one of the frontier's maximal subtrees, or it is
	 * completed by an earlier leaf of the same append.
	 */
	List<SubtreeHash> hashesToAppend(long first, List<byte[]> leafHashes) {
		List<HashAddress> frontier = frontier(first);
		Map<HashAddress, byte[]> known = new HashMap<>();
		List<byte[]> frontierHashes = frontier.isEmpty() ? List.of() : hashes(frontier);
		if (frontierHashes.size() != frontier.size()) {
			throw new IllegalStateException("the Merkle tree lacks hashes of its first " + first
					+ " leaves; the start-up check adds the missing ones");
		}
		for (int position = 0; position < frontier.size(); position++) {
			known.put(frontier.get(position), frontierHashes.get(position));
		}
		MerkleTree tree = new MerkleTree(addresses -> addresses.stream().map(known::get).toList());
		List<SubtreeHash> created = new ArrayList<>();
		for (int offset = 0; offset < leafHashes.size(); offset++) {
			for (SubtreeHash subtree : tree.storedHashes(first + offset, leafHashes.get(offset))) {
				known.put(subtree.address(), subtree.hash());
				created.add(subtree);
			}
		}
		return created;
	}

	void insert(List<SubtreeHash> hashes) {
		this.jdbcTemplate.batchUpdate("insert into ledger_hash (level, subtree_index, hash) values (?, ?, ?)", hashes,
				hashes.size(), (statement, subtree) -> {
					statement.setShort(1, (short) subtree.address().level());
					statement.setLong(2, subtree.address().index());
					statement.setBytes(3, subtree.hash());
				});
	}

	/** How many leaves the stored tree holds: one more than the highest leaf index. */
	long leafCount() {
		return this.jdbc.sql("select coalesce(max(subtree_index) + 1, 0) from ledger_hash where level = 0")
			.query(Long.class)
			.single();
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
