package org.entente.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.ledger.Actor;
import org.entente.ledger.Ledger;
import org.entente.ledger.LedgerEntry;
import org.entente.ledger.LedgerRecord;
import org.entente.ledger.Subject;
import org.entente.platform.IdempotentRequests;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger table. Appends take the row lock of {@code ledger_head}, so entries are numbered and committed in
 * one order across every app node sharing the database; callers append last in their transaction to hold that
 * lock briefly. The same lock serialises the Merkle tree's update, which happens in the same transaction: a
 * committed entry always has its leaf, and a rolled-back one leaves no hash behind.
 */
@Repository
class LedgerRepository implements Ledger {

	static final String NOTIFY_CHANNEL = "entente_ledger";

	private static final String INSERT = """
			insert into ledger (seq, recorded_at, actor_member, actor_user, type, subject_type, subject_id, event, salt)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String COLUMNS = """
			select seq, recorded_at, actor_member, actor_user, type, subject_type, subject_id, event, salt from ledger
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final CanonicalJson canonicalJson;

	private final LedgerHashes hashes;

	private final LedgerIntegrity integrity;

	private final SecureRandom random = new SecureRandom();

	LedgerRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, CanonicalJson canonicalJson, LedgerHashes hashes,
			LedgerIntegrity integrity) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.canonicalJson = canonicalJson;
		this.hashes = hashes;
		this.integrity = integrity;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public long append(LedgerRecord record) {
		return appendAll(List.of(record)).get(0);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> appendAll(List<LedgerRecord> records) {
		this.integrity.requireWritable();
		if (records.isEmpty()) {
			return List.of();
		}
		List<String> events = records.stream().map(record -> this.canonicalJson.canonical(record.event())).toList();
		long end = reserve(records.size());
		long first = end - records.size();
		Instant time = Instant.now().truncatedTo(ChronoUnit.MICROS);
		List<LedgerEntry> entries = new ArrayList<>(records.size());
		for (int index = 0; index < records.size(); index++) {
			entries.add(entry(first + index, time, records.get(index), events.get(index)));
		}
		insert(entries);
		List<byte[]> leafHashes = entries.stream().map(LedgerEntry::leafHash).toList();
		this.hashes.insert(first, this.hashes.rightEdge(first).grow(leafHashes).rows());
		this.jdbc.sql("select pg_notify(?, ?)").params(NOTIFY_CHANNEL, Long.toString(end - 1)).query().singleValue();
		return entries.stream().map(LedgerEntry::seq).toList();
	}

	@Override
	public String digest(Map<String, ?> content) {
		byte[] canonical = this.canonicalJson.canonical(content).getBytes(StandardCharsets.UTF_8);
		return Base64.getEncoder().encodeToString(IdempotentRequests.sha256(canonical));
	}

	@Override
	public long size() {
		return this.jdbc.sql("select size from ledger_head").query(Long.class).single();
	}

	/** The size, holding the append lock until the transaction ends, so that nothing is appended meanwhile. */
	@Transactional(propagation = Propagation.MANDATORY)
	long lockedSize() {
		return this.jdbc.sql("select size from ledger_head for update").query(Long.class).single();
	}

	Optional<LedgerEntry> entry(long seq) {
		return this.jdbc.sql(COLUMNS + " where seq = ?").param(seq).query(LedgerRepository::entry).optional();
	}

	/** Entries with {@code start <= seq < end}, in order. */
	List<LedgerEntry> entries(long start, long end) {
		return this.jdbc.sql(COLUMNS + " where seq >= ? and seq < ? order by seq")
			.params(start, end)
			.query(LedgerRepository::entry)
			.list();
	}

	private long reserve(int count) {
		return this.jdbc.sql("update ledger_head set size = size + ? returning size")
			.param(count)
			.query(Long.class)
			.single();
	}

	private LedgerEntry entry(long seq, Instant time, LedgerRecord record, String event) {
		byte[] salt = new byte[32];
		this.random.nextBytes(salt);
		return new LedgerEntry(seq, time, record.actor(), record.type(), record.subject(), event, salt);
	}

	private void insert(List<LedgerEntry> entries) {
		this.jdbcTemplate.batchUpdate(INSERT, entries, entries.size(), (statement, entry) -> {
			statement.setLong(1, entry.seq());
			statement.setTimestamp(2, Timestamp.from(entry.time()));
			statement.setString(3, entry.actor().member());
			statement.setString(4, entry.actor().username());
			statement.setString(5, entry.type());
			statement.setString(6, entry.subject().type());
			statement.setString(7, entry.subject().id());
			statement.setString(8, entry.event());
			statement.setBytes(9, entry.salt());
		});
	}

	private static LedgerEntry entry(ResultSet row, int number) throws SQLException {
		return new LedgerEntry(row.getLong("seq"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				new Actor(row.getString("actor_member"), row.getString("actor_user")), row.getString("type"),
				new Subject(row.getString("subject_type"), row.getString("subject_id")), row.getString("event"),
				row.getBytes("salt"));
	}

}
