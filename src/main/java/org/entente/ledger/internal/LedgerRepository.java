package org.entente.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.entente.ledger.Ledger;
import org.entente.ledger.LedgerRecord;
import org.entente.platform.IdempotentRequests;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger table. Appends take the row lock of {@code ledger_head}, so entries are numbered and committed in
 * one order across every app node sharing the database; callers append last in their transaction to hold that
 * lock briefly.
 */
@Repository
class LedgerRepository implements Ledger {

	static final String NOTIFY_CHANNEL = "entente_ledger";

	private static final String INSERT = """
			insert into ledger (seq, recorded_at, actor_member, actor_user, type, subject_type, subject_id, event, salt)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final CanonicalJson canonicalJson;

	private final SecureRandom random = new SecureRandom();

	LedgerRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, CanonicalJson canonicalJson) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.canonicalJson = canonicalJson;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public long append(LedgerRecord record) {
		return appendAll(List.of(record)).get(0);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> appendAll(List<LedgerRecord> records) {
		if (records.isEmpty()) {
			return List.of();
		}
		List<String> events = records.stream().map(record -> this.canonicalJson.canonical(record.event())).toList();
		long end = reserve(records.size());
		long first = end - records.size();
		Timestamp time = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
		this.jdbcTemplate.batchUpdate(INSERT, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int index) throws SQLException {
				bind(statement, records.get(index), events.get(index), first + index, time);
			}

			@Override
			public int getBatchSize() {
				return records.size();
			}

		});
		this.jdbc.sql("select pg_notify(?, ?)").params(NOTIFY_CHANNEL, Long.toString(end - 1)).query().singleValue();
		List<Long> sequences = new ArrayList<>(records.size());
		for (long seq = first; seq < end; seq++) {
			sequences.add(seq);
		}
		return sequences;
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

	private long reserve(int count) {
		return this.jdbc.sql("update ledger_head set size = size + ? returning size")
			.param(count)
			.query(Long.class)
			.single();
	}

	private void bind(PreparedStatement statement, LedgerRecord record, String event, long seq, Timestamp time)
			throws SQLException {
		byte[] salt = new byte[32];
		this.random.nextBytes(salt);
		statement.setLong(1, seq);
		statement.setTimestamp(2, time);
		statement.setString(3, record.actor().member());
		statement.setString(4, record.actor().username());
		statement.setString(5, record.type());
		statement.setString(6, record.subject().type());
		statement.setString(7, record.subject().id());
		statement.setString(8, event);
		statement.setBytes(9, salt);
	}

}
