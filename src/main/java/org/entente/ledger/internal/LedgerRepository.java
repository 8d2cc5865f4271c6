package org.entente.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import org.entente.ledger.Actor;
import org.entente.ledger.Ledger;
import org.entente.ledger.LedgerEntry;
import org.entente.ledger.LedgerRecord;
import org.entente.ledger.Subject;
import org.entente.platform.IdempotentRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>
 * An append is one statement, one round trip: it advances the head, inserts the entries and the tree's new
 * hashes, and notifies. The hashes are worked out from the tree's {@link RightEdge} as this node last left it,
 * and the statement writes only if the head still has that edge's size and last leaf; if another node, or a
 * transaction later rolled back, moved the head meanwhile, nothing is written, and the append is made again
 * under the head's lock from the edge as stored.
 */
@Repository
class LedgerRepository implements Ledger {

	static final String NOTIFY_CHANNEL = "entente_ledger";

	private static final Logger log = LoggerFactory.getLogger(LedgerRepository.class);

	/**
	 * The guard is the head's WHERE clause; the rows are inserted only if it updated the head, and the final
	 * SELECT answers a row only then. A head locked by another appender is waited for, then its committed size
	 * tested again (READ COMMITTED), so a concurrent append makes this one write nothing rather than a wrong hash.
	 */
	private static final String HEAD = """
			with head as (
			    update ledger_head set size = size + ?
			    where size = ? and (size = 0 or exists (
			        select from ledger_tree where leaf = ? and substr(hashes, 1, 32) = ?))
			    returning size
			)
			""";

	private static final String NOTIFY = """
			select pg_notify(?, (size - 1)::text) from head
			""";

	/** One entry, as a command appends it: its values as parameters, which plan and run faster than arrays of one. */
	private static final String APPEND_ONE = HEAD + """
			, entries as (
			    insert into ledger (seq, recorded_at, actor_member, actor_user, type, subject_type, subject_id, event, salt)
			    select size - 1, ?::timestamptz, ?, ?, ?, ?, ?, ?, ? from head
			), tree as (
			    insert into ledger_tree (leaf, hashes) select size - 1, ? from head
			)
			""" + NOTIFY;

	/**
	 * Several entries, one array per column; the first entry's sequence number is a parameter, checked by the
	 * guard. Two unnests rather than one shared by both inserts, which PostgreSQL would materialise first.
	 */
	private static final String APPEND_MANY = HEAD + """
			, entries as (
			    insert into ledger (seq, recorded_at, actor_member, actor_user, type, subject_type, subject_id, event, salt)
			    select ?::bigint + entry.ordinality - 1, ?::timestamptz, entry.actor_member, entry.actor_user, entry.type,
			        entry.subject_type, entry.subject_id, entry.event, entry.salt
			    from head, unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bytea[])
			        with ordinality as entry(actor_member, actor_user, type, subject_type, subject_id, event, salt, ordinality)
			), tree as (
			    insert into ledger_tree (leaf, hashes)
			    select ?::bigint + tree.ordinality - 1, tree.hashes
			    from head, unnest(?::bytea[]) with ordinality as tree(hashes, ordinality)
			)
			""" + NOTIFY;

	private static final String COLUMNS = """
			select seq, recorded_at, actor_member, actor_user, type, subject_type, subject_id, event, salt from ledger
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final CanonicalJson canonicalJson;

	private final LedgerHashes hashes;

	private final LedgerIntegrity integrity;

	private final SecureRandom random = new SecureRandom();

	/** The tree's right edge after this node's latest append; only ever a guess, which the append statement checks. */
	private volatile RightEdge edge;

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
		Instant time = Instant.now().truncatedTo(ChronoUnit.MICROS);
		NewEntries entries = NewEntries.of(records, this.canonicalJson, this.random, time);
		long first = append(entries);
		return LongStream.range(first, first + records.size()).boxed().toList();
	}

	/** Appends at the remembered edge if the head is still there, else under the head's lock; answers the first seq. */
	private long append(NewEntries entries) {
		RightEdge remembered = this.edge;
		if (remembered != null && appendAt(remembered, entries)) {
			return remembered.size();
		}
		long size = lockedSize();
		log.debug("The ledger head moved from this node's edge at {}; appending under its lock at {}",
				(remembered != null) ? remembered.size() : "none", size);
		// Another thread of this node may have appended and committed since: then its edge is the head's.
		RightEdge latest = this.edge;
		if (latest != null && latest.size() == size && appendAt(latest, entries)) {
			return size;
		}
		if (!appendAt(this.hashes.rightEdge(size), entries)) {
			throw new IllegalStateException("the ledger head moved while this transaction held its lock");
		}
		return size;
	}

	/** Writes the entries and their hashes if the head is at {@code at}; remembers the grown edge if it was. */
	private boolean appendAt(RightEdge at, NewEntries entries) {
		RightEdge.Growth growth = at.grow(entries.leafHashes(at.size()));
		String sql = (entries.size() == 1) ? APPEND_ONE : APPEND_MANY;
		Boolean appended = this.jdbcTemplate.query(sql, statement -> {
			int next = bindHead(statement, 1, at, entries.size());
			next = (entries.size() == 1) ? bindOne(statement, next, entries, growth.rows().get(0))
					: bindMany(statement, next, at.size(), entries, growth.rows());
			statement.setString(next, NOTIFY_CHANNEL);
		}, ResultSet::next);
		if (Boolean.TRUE.equals(appended)) {
			this.edge = growth.edge();
			return true;
		}
		return false;
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

	private static int bindHead(PreparedStatement statement, int first, RightEdge at, int count)
			throws SQLException {
		statement.setInt(first, count);
		statement.setLong(first + 1, at.size());
		statement.setLong(first + 2, at.size() - 1);
		statement.setBytes(first + 3, at.lastLeaf());
		return first + 4;
	}

	private static int bindOne(PreparedStatement statement, int first, NewEntries entries, byte[] treeRow)
			throws SQLException {
		LedgerRecord record = entries.record(0);
		statement.setObject(first, time(entries));
		statement.setString(first + 1, record.actor().member());
		statement.setString(first + 2, record.actor().username());
		statement.setString(first + 3, record.type());
		statement.setString(first + 4, record.subject().type());
		statement.setString(first + 5, record.subject().id());
		statement.setString(first + 6, entries.event(0));
		statement.setBytes(first + 7, entries.salt(0));
		statement.setBytes(first + 8, treeRow);
		return first + 9;
	}

	/** The entries' columns and their ledger_tree rows, one array each, in the order of the unnests. */
	private static int bindMany(PreparedStatement statement, int first, long firstSeq, NewEntries entries,
			List<byte[]> treeRows) throws SQLException {
		statement.setLong(first, firstSeq);
		statement.setObject(first + 1, time(entries));
		statement.setObject(first + 2, entries.column(record -> record.actor().member()));
		statement.setObject(first + 3, entries.column(record -> record.actor().username()));
		statement.setObject(first + 4, entries.column(LedgerRecord::type));
		statement.setObject(first + 5, entries.column(record -> record.subject().type()));
		statement.setObject(first + 6, entries.column(record -> record.subject().id()));
		statement.setObject(first + 7, entries.events());
		statement.setObject(first + 8, entries.salts());
		statement.setLong(first + 9, firstSeq);
		statement.setObject(first + 10, treeRows.toArray(byte[][]::new));
		return first + 11;
	}

	/** The time in UTC, so that the driver sends a timestamptz whatever the JVM's zone. */
	private static OffsetDateTime time(NewEntries entries) {
		return OffsetDateTime.ofInstant(entries.time(), ZoneOffset.UTC);
	}

	private static LedgerEntry entry(ResultSet row, int number) throws SQLException {
		return new LedgerEntry(row.getLong("seq"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				new Actor(row.getString("actor_member"), row.getString("actor_user")), row.getString("type"),
				new Subject(row.getString("subject_type"), row.getString("subject_id")), row.getString("event"),
				row.getBytes("salt"));
	}

}
