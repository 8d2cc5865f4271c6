package org.entente.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.IntegrationTest;
import org.entente.ledger.Actor;
import org.entente.ledger.LedgerEntry;
import org.entente.ledger.LedgerRecord;
import org.entente.ledger.Subject;
import org.entente.ledger.verification.InMemoryHashStore;
import org.entente.ledger.verification.MerkleProofs;
import org.entente.ledger.verification.MerkleTree;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Appending keeps the stored Merkle tree equal to one recomputed from every entry's envelope. */
@IntegrationTest
class LedgerTreeIntegrationTests {

	@Autowired
	LedgerRepository ledger;

	@Autowired
	LedgerHashes hashes;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void storedTreeMatchesTheEnvelopesAfterSingleAndBatchAppends() throws Exception {
		append(1);
		append(5);
		append(1);
		append(17);
		long size = this.ledger.size();
		InMemoryHashStore reference = referenceTree(size);
		MerkleTree stored = this.hashes.tree();
		assertThat(stored.rootHash(size)).isEqualTo(new MerkleTree(reference).rootHash(size));
		for (long index : new long[] { 0, size / 2, size - 1 }) {
			MerkleProofs.verifyInclusion(index, size, this.ledger.entry(index).orElseThrow().leafHash(),
					stored.inclusionProof(index, size), new MerkleTree(reference).rootHash(size));
		}
		long older = size / 3 + 1;
		MerkleProofs.verifyConsistency(older, size, stored.consistencyProof(older, size),
				new MerkleTree(reference).rootHash(older), new MerkleTree(reference).rootHash(size));
	}

	@Test
	void aRolledBackAppendLeavesNoHashBehind() {
		long before = this.ledger.size();
		this.transaction.executeWithoutResult(status -> {
			this.ledger.append(record(0));
			status.setRollbackOnly();
		});
		assertThat(this.ledger.size()).isEqualTo(before);
		assertThat(this.hashes.leafCount()).isEqualTo(before);
		append(1);
		assertThat(this.hashes.leafCount()).isEqualTo(before + 1);
	}

	private void append(int count) {
		List<LedgerRecord> records = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			records.add(record(index));
		}
		this.transaction.executeWithoutResult(status -> this.ledger.appendAll(records));
	}

	private static LedgerRecord record(int index) {
		return new LedgerRecord(Actor.system(), "test.appended", Subject.member("CENTRE"),
				Map.of("index", index, "text", "ünïcode \"quoted\""));
	}

	private InMemoryHashStore referenceTree(long size) {
		InMemoryHashStore store = new InMemoryHashStore();
		for (LedgerEntry entry : this.ledger.entries(0, size)) {
			store.append(entry.leafHash());
		}
		return store;
	}

}
