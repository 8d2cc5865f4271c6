package org.entente.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.entente.ledger.SignedCheckpoint;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger_checkpoint and ledger_key tables. */
@Repository
class CheckpointRepository {

	private static final String COLUMNS = "select size, root_hash, note from ledger_checkpoint";

	private final JdbcClient jdbc;

	CheckpointRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SignedCheckpoint> latest() {
		return this.jdbc.sql(COLUMNS + " order by size desc limit 1").query(CheckpointRepository::checkpoint).optional();
	}

	Optional<SignedCheckpoint> find(long size) {
		return this.jdbc.sql(COLUMNS + " where size = ?").param(size).query(CheckpointRepository::checkpoint).optional();
	}

	/** Checkpoints of sizes above {@code after}, smallest first. */
	List<SignedCheckpoint> after(long after, int limit) {
		return this.jdbc.sql(COLUMNS + " where size > ? order by size limit ?")
			.params(after, limit)
			.query(CheckpointRepository::checkpoint)
			.list();
	}

	/** Keeps the checkpoint unless one of that size exists already, as another node may have signed it. */
	void insert(SignedCheckpoint checkpoint, Instant signedAt) {
		this.jdbc.sql("""
				insert into ledger_checkpoint (size, root_hash, note, signed_at) values (?, ?, ?, ?)
				on conflict (size) do nothing
				""").params(checkpoint.size(), checkpoint.rootHash(), checkpoint.note(), Timestamp.from(signedAt)).update();
	}

	/** Records the verifier key unless one is recorded already; answers the recorded one. */
	String recordKey(String verifierKey, Instant now) {
		this.jdbc.sql("insert into ledger_key (verifier_key, recorded_at) values (?, ?) on conflict do nothing")
			.params(verifierKey, Timestamp.from(now))
			.update();
		return this.jdbc.sql("select verifier_key from ledger_key").query(String.class).single();
	}

	/** The centre's verifier key, once a node has recorded it. */
	Optional<String> verifierKey() {
		return this.jdbc.sql("select verifier_key from ledger_key").query(String.class).optional();
	}

	private static SignedCheckpoint checkpoint(ResultSet row, int number) throws SQLException {
		return new SignedCheckpoint(row.getLong("size"), row.getBytes("root_hash"), row.getString("note"));
	}

}
