package org.entente.ledger;

import java.util.List;
import java.util.Optional;

/**
 * What the ledger publishes, for the module that serves it: signed checkpoints, the key to verify them, the
 * public envelopes, entries (whose events the caller must filter by need-to-know) and Merkle proofs. Sizes are
 * those of committed entries only, so every answer is about a tree whose hashes are all stored.
 */
public interface PublishedLedger {

	/** How many entries are committed; entries 0 to size - 1 have leaves in the tree. */
	long size();

	/** The checkpoint of the largest size signed so far. */
	Optional<SignedCheckpoint> latestCheckpoint();

	/** The checkpoint signed at exactly this size, if one was. */
	Optional<SignedCheckpoint> checkpoint(long size);

	/** The note verifier key of the checkpoints, {@code <name>+<key id>+<base64(0x01 || public key)>}. */
	String verifierKey();

	/** The envelopes of entries {@code start} to {@code end - 1}, each exactly the bytes of its leaf. */
	List<String> envelopes(long start, long end);

	Optional<LedgerEntry> entry(long seq);

	/** Up to {@code limit} entries after sequence number {@code after}, in order. */
	List<LedgerEntry> entries(long after, int limit);

	/** RFC 9162 §2.1.3.1 audit path of leaf {@code index} in the tree of {@code size} leaves. */
	List<byte[]> inclusionProof(long index, long size);

	/** RFC 9162 §2.1.4.1 consistency proof between the trees of {@code from} and {@code to} leaves. */
	List<byte[]> consistencyProof(long from, long to);

	/** RFC 9162 §2.1.1 root hash of the tree of the first {@code size} leaves. */
	byte[] rootHash(long size);

}
