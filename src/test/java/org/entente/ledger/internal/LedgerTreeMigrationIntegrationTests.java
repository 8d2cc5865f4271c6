package org.entente.ledger.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.entente.IntegrationTest;
import org.entente.ledger.verification.HashAddress;
import org.entente.ledger.verification.InMemoryHashStore;
import org.entente.ledger.verification.MerkleHashes;
import org.entente.ledger.verification.MerkleTree;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V8 moves the stored tree from one row per hash (ledger_hash) to one row per leaf (ledger_tree): a tree stored
 * the old way reads back hash for hash after the migration. Runs the migrations in a schema of its own.
 */
@IntegrationTest
class LedgerTreeMigrationIntegrationTests {

	private static final String SCHEMA = "ledger_tree_migration";

	private static final int LEAVES = 77;

	@Autowired
	HikariDataSource application;

	private DataSource schema;

	private JdbcTemplate jdbc;

	@BeforeEach
	void migrateToTheOldLayout() {
		String url = this.application.getJdbcUrl();
		this.schema = new DriverManagerDataSource(
				url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public",
				this.application.getUsername(), this.application.getPassword());
		this.jdbc = new JdbcTemplate(this.schema);
		migrate("5");
	}

	@AfterEach
	void dropTheSchema() {
		this.jdbc.execute("drop schema " + SCHEMA + " cascade");
	}

	@Test
	void everyHashStoredOneRowPerHashReadsBackAfterTheMigration() {
		InMemoryHashStore reference = new InMemoryHashStore();
		for (long leaf = 0; leaf < LEAVES; leaf++) {
			reference.append(MerkleHashes.leafHash(ByteBuffer.allocate(Long.BYTES).putLong(leaf).array()));
		}
		List<HashAddress> addresses = completeSubtrees(LEAVES);
		for (HashAddress address : addresses) {
			this.jdbc.update("insert into ledger_hash (level, subtree_index, hash) values (?, ?, ?)",
					(short) address.level(), address.index(), reference.hashes(List.of(address)).get(0));
		}

		migrate(null);

		LedgerHashes migrated = new LedgerHashes(JdbcClient.create(this.schema));
		assertThat(migrated.leafCount()).isEqualTo(LEAVES);
		Map<HashAddress, byte[]> stored = migrated.stored(addresses);
		for (HashAddress address : addresses) {
			assertThat(stored.get(address)).as(address.toString())
				.isEqualTo(reference.hashes(List.of(address)).get(0));
		}
		for (long size = 0; size <= LEAVES; size++) {
			assertThat(migrated.tree().rootHash(size)).isEqualTo(new MerkleTree(reference).rootHash(size));
		}
		assertThat(this.jdbc.queryForObject("select to_regclass('ledger_hash') is null", Boolean.class)).isTrue();
	}

	@Test
	void theTableRefusesARowWhoseHashCountDoesNotFitItsLeaf() {
		migrate(null);
		// Leaf 3 (binary 11) completes subtrees on levels 1 and 2: its row holds three hashes, not two.
		assertThatThrownBy(() -> this.jdbc.update("insert into ledger_tree (leaf, hashes) values (3, ?)",
				(Object) new byte[2 * MerkleHashes.HASH_SIZE]))
			.hasMessageContaining("ledger_tree_hash_count");
		this.jdbc.update("insert into ledger_tree (leaf, hashes) values (3, ?)",
				(Object) new byte[3 * MerkleHashes.HASH_SIZE]);
		assertThatThrownBy(() -> this.jdbc.update("update ledger_tree set hashes = hashes where leaf = 3"))
			.rootCause()
			.hasMessageContaining("append-only");
	}

	/** Every complete subtree of a tree of {@code size} leaves, as the old layout stored them. */
	private static List<HashAddress> completeSubtrees(long size) {
		List<HashAddress> addresses = new ArrayList<>();
		for (int level = 0; (size >>> level) > 0; level++) {
			for (long index = 0; index < (size >>> level); index++) {
				addresses.add(new HashAddress(level, index));
			}
		}
		return addresses;
	}

	private void migrate(String target) {
		var configuration = Flyway.configure()
			.dataSource(this.schema)
			.schemas(SCHEMA)
			.locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

}
