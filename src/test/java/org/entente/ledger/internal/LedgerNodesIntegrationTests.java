package org.entente.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.entente.IntegrationTest;
import org.entente.ledger.Actor;
import org.entente.ledger.LedgerEntry;
import org.entente.ledger.LedgerRecord;
import org.entente.ledger.Subject;
import org.entente.ledger.verification.InMemoryHashStore;
import org.entente.ledger.verification.MerkleTree;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several app nodes append to one database, each remembering the tree's right edge from its own last append: a
 * node whose edge another node, or a rolled-back transaction, has made stale must notice and append from the
 * stored edge, never store a hash computed from the stale one. A second {@link LedgerRepository} over the same
 * database is the second node; it shares nothing in memory with the first.
 */
@IntegrationTest
class LedgerNodesIntegrationTests {

	@Autowired
	LedgerRepository first;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	CanonicalJson canonicalJson;

	@Autowired
	LedgerHashes hashes;

	@Autowired
	LedgerIntegrity integrity;

	@Autowired
	IntegrityCheck check;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void appendsAlternatingBetweenTwoNodesKeepTheTreeExact() {
		LedgerRepository second = secondNode();
		append(this.first, 1);
		append(second, 1);
		append(this.first, 1);
		append(second, 5);
		append(this.first, 3);
		append(this.first, 1);
		append(second, 2);
		assertTheTreeIsTheTreeOfTheEntries();
	}

	@Test
	void anEdgeLeftByARolledBackAppendIsNotTrusted() {
		LedgerRepository second = secondNode();
		append(this.first, 1);
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.first.append(record(0));
			status.setRollbackOnly();
		});
		// The second node brings the head to the size the first node's edge has, with another last leaf.
		append(second, 1);
		append(this.first, 1);
		assertTheTreeIsTheTreeOfTheEntries();
	}

	@Test
	void anEdgeLeftByAnAppendRolledBackToASavepointIsNotTrusted() {
		TransactionTemplate nested = new TransactionTemplate(this.transactions);
		nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		new TransactionTemplate(this.transactions).executeWithoutResult(outer -> {
			this.first.append(record(1));
			nested.executeWithoutResult(inner -> {
				this.first.appendAll(List.of(record(2), record(3)));
				inner.setRollbackOnly();
			});
			this.first.append(record(4));
		});
		append(secondNode(), 1);
		append(this.first, 2);
		assertTheTreeIsTheTreeOfTheEntries();
	}

	@Test
	void concurrentAppendsFromTwoNodesSomeRolledBackKeepTheTreeExact() throws Exception {
		List<LedgerRepository> nodes = List.of(this.first, secondNode());
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> appenders = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				LedgerRepository node = nodes.get(thread % 2);
				appenders.add(threads.submit(() -> appendOrRollBack(node, 40)));
			}
			for (Future<?> appender : appenders) {
				appender.get();
			}
		}
		finally {
			threads.shutdown();
		}
		assertTheTreeIsTheTreeOfTheEntries();
	}

	private void appendOrRollBack(LedgerRepository node, int transactionCount) {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		for (int index = 0; index < transactionCount; index++) {
			int count = 1 + ThreadLocalRandom.current().nextInt(3);
			boolean rollBack = ThreadLocalRandom.current().nextInt(5) == 0;
			transaction.executeWithoutResult(status -> {
				node.appendAll(records(count));
				if (rollBack) {
					status.setRollbackOnly();
				}
			});
		}
	}

	/** The integrity check recomputes every stored hash from the entries; the root is compared independently. */
	private void assertTheTreeIsTheTreeOfTheEntries() {
		assertThat(this.check.check()).isEmpty();
		long size = this.first.size();
		InMemoryHashStore reference = new InMemoryHashStore();
		List<LedgerEntry> entries = this.first.entries(0, size);
		assertThat(entries).hasSize((int) size);
		entries.forEach(entry -> reference.append(entry.leafHash()));
		assertThat(this.hashes.tree().rootHash(size)).isEqualTo(new MerkleTree(reference).rootHash(size));
		assertThat(this.hashes.leafCount()).isEqualTo(size);
	}

	private LedgerRepository secondNode() {
		return new LedgerRepository(this.jdbcClient, this.jdbcTemplate, this.canonicalJson, this.hashes,
				this.integrity);
	}

	private void append(LedgerRepository node, int count) {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> node.appendAll(records(count)));
	}

	private static List<LedgerRecord> records(int count) {
		List<LedgerRecord> records = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			records.add(record(index));
		}
		return records;
	}

	private static LedgerRecord record(int index) {
		return new LedgerRecord(Actor.system(), "test.appended", Subject.member("CENTRE"), Map.of("index", index));
	}

}
