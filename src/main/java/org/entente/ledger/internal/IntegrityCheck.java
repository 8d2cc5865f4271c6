package org.entente.ledger.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.ledger.LedgerEntry;
import org.entente.ledger.SignedCheckpoint;
import org.entente.ledger.verification.Checkpoint;
import org.entente.ledger.verification.HashAddress;
import org.entente.ledger.verification.MerkleHashes;
import org.entente.ledger.verification.MerkleTree;
import org.entente.ledger.verification.NoteException;
import org.entente.ledger.verification.NoteVerifier;
import org.entente.ledger.verification.SubtreeHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The start-up check: recomputes the Merkle tree from the stored entries and compares it with the stored hashes,
 * then every signed checkpoint with the stored tree. Runs while the application context starts, so no request is
 * served before it answers; on a discrepancy the ledger refuses writes and the health endpoint says DOWN.
 * <p>
 * Up to {@code entente.ledger.startup-check.full-check-limit} entries every entry is recomputed; above it only
 * the newest {@code recent-entries}, on top of the older stored hashes, which every checkpoint still binds to
 * the signed roots. An edit of an older row alone is then left to the members' {@code verify}.
 */
@Component
class IntegrityCheck implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(IntegrityCheck.class);

	private static final int ENTRIES_PER_READ = 10_000;

	private static final int CHECKPOINTS_PER_READ = 1_000;

	private final LedgerRepository ledger;

	private final LedgerHashes hashes;

	private final CheckpointRepository checkpoints;

	private final Checkpoints signing;

	private final LedgerIntegrity integrity;

	private final LedgerSettings.StartupCheck limits;

	private final TransactionTemplate transaction;

	IntegrityCheck(LedgerRepository ledger, LedgerHashes hashes, CheckpointRepository checkpoints,
			Checkpoints signing, LedgerIntegrity integrity, LedgerSettings settings, TransactionTemplate transaction) {
		this.ledger = ledger;
		this.hashes = hashes;
		this.checkpoints = checkpoints;
		this.signing = signing;
		this.integrity = integrity;
		this.limits = settings.startupCheck();
		this.transaction = transaction;
	}

	@Override
	public void afterPropertiesSet() {
		this.signing.requireTheCentresKey();
		addMissingLeaves();
		check();
	}

	/**
	 * Checks the ledger against its tree and checkpoints, then refuses or allows writes accordingly.
	 * @return what differs, naming the entry or checkpoint, or empty when all matches
	 */
	Optional<String> check() {
		long size = this.ledger.size();
		long from = (size <= this.limits.fullCheckLimit()) ? 0 : size - this.limits.recentEntries();
		Optional<String> discrepancy = recomputeTree(from, size).or(this::checkCheckpoints);
		if (discrepancy.isPresent()) {
			log.error("The ledger failed its integrity check and refuses writes: {}", discrepancy.get());
			this.integrity.refuseWrites(discrepancy.get());
		}
		else {
			log.info("The ledger's entries {} to {} match their Merkle tree, and every checkpoint its tree", from,
					size - 1);
			this.integrity.allowWrites();
		}
		return discrepancy;
	}

	/**
	 * Entries appended before the tree was kept (schema V1) get their leaves now, under the append lock, so that
	 * appending can go on from a complete tree. Their rows are taken as they are.
	 */
	private void addMissingLeaves() {
		this.transaction.executeWithoutResult(status -> {
			long size = this.ledger.lockedSize();
			long leaves = this.hashes.leafCount();
			for (long start = leaves; start < size; start += ENTRIES_PER_READ) {
				List<LedgerEntry> entries = this.ledger.entries(start, Math.min(size, start + ENTRIES_PER_READ));
				List<byte[]> leafHashes = entries.stream().map(LedgerEntry::leafHash).toList();
				this.hashes.insert(start, this.hashes.rightEdge(start).grow(leafHashes).rows());
			}
			if (leaves < size) {
				log.info("Added the Merkle tree leaves of entries {} to {}, recorded before the tree was kept", leaves,
						size - 1);
			}
		});
	}

	private Optional<String> recomputeTree(long from, long size) {
		long leaves = this.hashes.leafCount();
		if (leaves < size) {
			return Optional.of("entries " + leaves + " to " + (size - 1) + " have no leaf in the stored tree");
		}
		Map<HashAddress, byte[]> known = new HashMap<>(this.hashes.stored(LedgerHashes.frontier(from)));
		MerkleTree tree = new MerkleTree(addresses -> addresses.stream().map(known::get).toList());
		for (long start = from; start < size; start += ENTRIES_PER_READ) {
			long end = Math.min(size, start + ENTRIES_PER_READ);
			Optional<String> discrepancy = recomputeChunk(tree, known, start, this.ledger.entries(start, end));
			if (discrepancy.isPresent()) {
				return discrepancy;
			}
			known.keySet().retainAll(LedgerHashes.frontier(end));
		}
		return Optional.empty();
	}

	private Optional<String> recomputeChunk(MerkleTree tree, Map<HashAddress, byte[]> known, long start,
			List<LedgerEntry> entries) {
		List<SubtreeHash> computed = new ArrayList<>();
		Map<HashAddress, LedgerEntry> entryOfLeaf = new HashMap<>();
		for (int offset = 0; offset < entries.size(); offset++) {
			LedgerEntry entry = entries.get(offset);
			if (entry.seq() != start + offset) {
				return Optional.of("entry " + (start + offset) + " is missing from the ledger");
			}
			entryOfLeaf.put(new HashAddress(0, entry.seq()), entry);
			for (SubtreeHash subtree : tree.storedHashes(entry.seq(), entry.leafHash())) {
				known.put(subtree.address(), subtree.hash());
				computed.add(subtree);
			}
		}
		Map<HashAddress, byte[]> stored = this.hashes.stored(computed.stream().map(SubtreeHash::address).toList());
		for (SubtreeHash subtree : computed) {
			byte[] storedHash = stored.get(subtree.address());
			if (storedHash == null || !MessageDigest.isEqual(storedHash, subtree.hash())) {
				return Optional.of(describe(subtree.address(), entryOfLeaf.get(subtree.address())));
			}
		}
		return Optional.empty();
	}

	private static String describe(HashAddress address, LedgerEntry entry) {
		if (entry != null) {
			return "entry " + entry.seq() + " (" + entry.type() + ", recorded " + entry.time()
					+ ") does not match the leaf hash stored when it was appended";
		}
		return "the stored hash of entries " + address.firstLeaf() + " to " + (address.completeAtSize() - 1)
				+ " does not match the one recomputed from them";
	}

	private Optional<String> checkCheckpoints() {
		Optional<String> centreKey = this.checkpoints.verifierKey();
		if (centreKey.isEmpty()) {
			return Optional.empty();
		}
		NoteVerifier verifier = NoteVerifier.fromVerifierKey(centreKey.get());
		long after = -1;
		List<SignedCheckpoint> page;
		while (!(page = this.checkpoints.after(after, CHECKPOINTS_PER_READ)).isEmpty()) {
			Optional<String> discrepancy = checkCheckpoints(verifier, page, this.ledger.size());
			if (discrepancy.isPresent()) {
				return discrepancy;
			}
			after = page.get(page.size() - 1).size();
		}
		return Optional.empty();
	}

	/** One read of every stored hash the page's roots need; each root folds its size's frontier. */
	private Optional<String> checkCheckpoints(NoteVerifier verifier, List<SignedCheckpoint> page, long size) {
		List<HashAddress> needed = new ArrayList<>();
		page.stream().filter(checkpoint -> checkpoint.size() <= size)
			.forEach(checkpoint -> needed.addAll(LedgerHashes.frontier(checkpoint.size())));
		Map<HashAddress, byte[]> stored = this.hashes.stored(needed);
		for (SignedCheckpoint checkpoint : page) {
			Optional<String> discrepancy = checkCheckpoint(verifier, checkpoint, size, stored);
			if (discrepancy.isPresent()) {
				return discrepancy;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> checkCheckpoint(NoteVerifier verifier, SignedCheckpoint stored, long size,
			Map<HashAddress, byte[]> hashes) {
		String name = "checkpoint " + stored.size();
		if (stored.size() > size) {
			return Optional.of(name + " is beyond the ledger's " + size + " entries: entries were removed");
		}
		Checkpoint signed;
		try {
			signed = verifier.verifyCheckpoint(stored.note());
		}
		catch (NoteException exception) {
			return Optional.of(name + " does not verify with the centre's key: " + exception.getMessage());
		}
		if (signed.size() != stored.size() || !MessageDigest.isEqual(signed.rootHash(), stored.rootHash())) {
			return Optional.of(name + "'s size or root hash differs from its signed note");
		}
		List<byte[]> subtrees = LedgerHashes.frontier(stored.size()).stream().map(hashes::get).toList();
		if (subtrees.contains(null)) {
			return Optional.of(name + " covers entries whose hashes are missing from the stored tree");
		}
		if (!MessageDigest.isEqual(LedgerHashes.rootOf(subtrees), signed.rootHash())) {
			return Optional.of("the tree of the first " + stored.size()
					+ " entries no longer has the root hash that checkpoint signed");
		}
		return Optional.empty();
	}

}
