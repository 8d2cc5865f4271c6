package org.entente.ledger.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.entente.IntegrationTest;
import org.entente.ledger.Actor;
import org.entente.ledger.LedgerEntry;
import org.entente.ledger.LedgerRecord;
import org.entente.ledger.SignedCheckpoint;
import org.entente.ledger.Subject;
import org.entente.ledger.verification.Checkpoint;
import org.entente.ledger.verification.NoteVerifier;
import org.entente.platform.EntenteSettings;
import org.entente.platform.UnavailableException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Signed checkpoints, the key file, and the integrity check catching an edited row. */
@IntegrationTest
class LedgerIntegrityIntegrationTests {

	@Autowired
	LedgerRepository ledger;

	@Autowired
	LedgerHashes hashes;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	IntegrityCheck check;

	@Autowired
	LedgerHealth health;

	@Autowired
	EntenteSettings settings;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void signsACheckpointOfTheCommittedTreeThatTheKeyVerifies() throws Exception {
		long seq = append();
		SignedCheckpoint signed = this.checkpoints.signNow().orElseThrow();
		assertThat(signed.size()).isGreaterThan(seq);
		Checkpoint checkpoint = NoteVerifier.fromVerifierKey(this.checkpoints.verifierKey())
			.verifyCheckpoint(signed.note());
		assertThat(checkpoint.size()).isEqualTo(signed.size());
		assertThat(checkpoint.rootHash()).isEqualTo(this.hashes.tree().rootHash(signed.size()));
		assertThat(checkpoint.origin()).isEqualTo("entente/ledger");
	}

	@Test
	void keepsThePrivateKeyReadableByTheServiceUserOnly() throws Exception {
		Path key = this.settings.dataDirectory().resolve("ledger").resolve("checkpoint.key");
		assumeThat(key).as("the embedded test database's data directory").exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
		assertThat(Files.readString(key)).startsWith("PRIVATE+KEY+entente/ledger+");
	}

	@Test
	void anEditedRowIsNamedRefusesWritesAndTurnsHealthDown() {
		long seq = append();
		this.checkpoints.signNow();
		LedgerEntry original = this.ledger.entry(seq).orElseThrow();
		edit(seq, original.event().replace("\"index\":1", "\"index\":2"));
		try {
			assertThat(this.check.check()).hasValueSatisfying(discrepancy -> assertThat(discrepancy)
				.startsWith("entry " + seq + " (test.appended, recorded "));
			assertThatThrownBy(this::append).isInstanceOf(UnavailableException.class)
				.hasMessageContaining("the ledger refuses writes: entry " + seq);
			assertThat(this.health.health().getStatus()).isEqualTo(Status.DOWN);
			assertThat(this.checkpoints.signNow().orElseThrow().size()).isLessThanOrEqualTo(seq + 1);
		}
		finally {
			edit(seq, original.event());
		}
		assertThat(this.check.check()).isEmpty();
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
		append();
	}

	@Test
	void anEditedHashIsCaughtByTheCheckpointThatSignedIt() {
		append();
		SignedCheckpoint signed = this.checkpoints.signNow().orElseThrow();
		long last = signed.size() - 1;
		byte[] original = this.jdbc.queryForObject("select hashes from ledger_tree where leaf = ?", byte[].class, last);
		byte[] forged = original.clone();
		forged[0] ^= 1;
		editTreeRow(last, forged);
		try {
			assertThat(this.check.check()).isPresent();
		}
		finally {
			editTreeRow(last, original);
		}
		assertThat(this.check.check()).isEmpty();
	}

	private long append() {
		return this.transaction.execute(status -> this.ledger.append(new LedgerRecord(Actor.system(),
				"test.appended", Subject.member("CENTRE"), Map.of("index", 1))));
	}

	/** As a database owner could, with the append-only trigger off for the moment. */
	private void edit(long seq, String event) {
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.execute("alter table ledger disable trigger ledger_append_only");
			this.jdbc.update("update ledger set event = ? where seq = ?", event, seq);
			this.jdbc.execute("alter table ledger enable trigger ledger_append_only");
		});
	}

	private void editTreeRow(long leaf, byte[] hashes) {
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.execute("alter table ledger_tree disable trigger ledger_tree_append_only");
			this.jdbc.update("update ledger_tree set hashes = ? where leaf = ?", hashes, leaf);
			this.jdbc.execute("alter table ledger_tree enable trigger ledger_tree_append_only");
		});
	}

}
