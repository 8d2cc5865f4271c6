package org.entente.ledger.verification;

import java.util.List;

/**
 * Where the hashes of the complete subtrees of a Merkle tree are kept (see
 * {@link HashAddress}), for example a table {@code ledger_hash(level, index, hash)} with
 * primary key (level, index).
 * <p>
 * {@link MerkleTree} asks for all the hashes a root or proof needs in one call, so that a
 * database answers it with one query.
 */
@FunctionalInterface
public interface HashStore {

	/**
	 * Reads stored hashes.
	 * @param addresses the subtrees whose hashes are wanted; each is complete in the
	 * stored tree
	 * @return their 32-byte hashes, in the order of {@code addresses}
	 * @throws IllegalStateException if a hash is not stored
	 */
	List<byte[]> hashes(List<HashAddress> addresses);

}
