package org.entente.dissemination.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhook and webhook_delivery tables. */
@Repository
class WebhookRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	WebhookRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	void insert(Webhook webhook, String secret, String createdBy, long position) {
		this.jdbc.sql("""
				insert into webhook (id, member_code, url, secret, created_by, created_at, position)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(webhook.id(), webhook.member(), webhook.url(), secret, createdBy,
				Timestamp.from(webhook.createdAt()), position).update();
	}

	List<Webhook> webhooks(String member) {
		return this.jdbc.sql("""
				select id, member_code, url, created_at from webhook where member_code = ? and removed_at is null
				order by created_at
				""").param(member).query(WebhookRepository::webhook).list();
	}

	Optional<Webhook> webhook(String member, UUID id) {
		return this.jdbc.sql("""
				select id, member_code, url, created_at from webhook where member_code = ? and id = ? and removed_at is null
				""").params(member, id).query(WebhookRepository::webhook).optional();
	}

	void remove(UUID id, Instant time) {
		this.jdbc.sql("update webhook set removed_at = ? where id = ?").params(Timestamp.from(time), id).update();
	}

	/** The endpoints behind the ledger that no other node is serving right now, locked until commit. */
	List<Endpoint> lockBehind(long ledgerPosition) {
		return this.jdbc.sql("""
				select id, member_code, position from webhook
				where removed_at is null and position < ? for update skip locked
				""").param(ledgerPosition)
			.query((row, number) -> new Endpoint(row.getObject("id", UUID.class), row.getString("member_code"),
					row.getLong("position")))
			.list();
	}

	void advance(UUID webhook, long position) {
		this.jdbc.sql("update webhook set position = ? where id = ?").params(position, webhook).update();
	}

	/** Puts the events in the endpoint's outbox, due now; one batch for the lot. */
	void enqueue(UUID webhook, List<StreamEvent> events, Function<StreamEvent, String> payload, Instant now) {
		this.jdbcTemplate.batchUpdate("""
				insert into webhook_delivery (id, webhook_id, seq, event_name, payload, status, created_at, next_attempt_at)
				values (?, ?, ?, ?, ?, 'pending', ?, ?) on conflict (webhook_id, seq) do nothing
				""", events, events.size(), (statement, event) -> {
			statement.setObject(1, UUID.randomUUID());
			statement.setObject(2, webhook);
			statement.setLong(3, event.id());
			statement.setString(4, event.name());
			statement.setString(5, payload.apply(event));
			statement.setTimestamp(6, Timestamp.from(now));
			statement.setTimestamp(7, Timestamp.from(now));
		});
	}

	/**
	 * Claims due attempts for this node: each claimed row's next attempt moves a lease ahead, so no other node
	 * takes it meanwhile, and a node that dies mid-attempt leaves it to be retried when the lease ends.
	 */
	List<Attempt> claimDue(Instant now, Instant leaseEnd, int limit, Collection<UUID> busyEndpoints) {
		// One attempt per endpoint at a time (the oldest due event of each), and none for an endpoint this node
		// is still waiting on: a receiver that hangs holds one sender, never all of them. The due condition is
		// repeated at the locking level because PostgreSQL re-checks only that level's conditions against a row
		// another node claimed meanwhile; without it both nodes would send the same attempt.
		return this.jdbc.sql("""
				update webhook_delivery d set next_attempt_at = ?, attempts = d.attempts + 1, last_attempt_at = ?
				from webhook w
				where w.id = d.webhook_id and d.id in (
				    select id from webhook_delivery where id in (
				        select distinct on (webhook_id) id from webhook_delivery
				        where status = 'pending' and next_attempt_at <= ? and webhook_id <> all(?)
				        order by webhook_id, next_attempt_at, seq)
				    and status = 'pending' and next_attempt_at <= ?
				    order by next_attempt_at limit ? for update skip locked)
				returning d.id, d.webhook_id, w.url, w.secret, d.payload, d.attempts, d.created_at
				""").params(Timestamp.from(leaseEnd), Timestamp.from(now), Timestamp.from(now),
						busyEndpoints.toArray(UUID[]::new), Timestamp.from(now), limit)
			.query(WebhookRepository::attempt)
			.list();
	}

	/**
	 * Claims the endpoint's next due attempt as {@link #claimDue} claims one (a lease, the due condition at the
	 * locking level), for the sender that has just delivered its previous one: a backlog drains at the
	 * receiver's pace, not one event per dispatch round.
	 */
	Optional<Attempt> claimNext(UUID webhook, Instant now, Instant leaseEnd) {
		return this.jdbc.sql("""
				update webhook_delivery d set next_attempt_at = ?, attempts = d.attempts + 1, last_attempt_at = ?
				from webhook w
				where w.id = d.webhook_id and d.id in (
				    select id from webhook_delivery
				    where webhook_id = ? and status = 'pending' and next_attempt_at <= ?
				    order by next_attempt_at, seq limit 1 for update skip locked)
				returning d.id, d.webhook_id, w.url, w.secret, d.payload, d.attempts, d.created_at
				""").params(Timestamp.from(leaseEnd), Timestamp.from(now), webhook, Timestamp.from(now))
			.query(WebhookRepository::attempt)
			.optional();
	}

	void delivered(UUID delivery, int status) {
		this.jdbc.sql("update webhook_delivery set status = 'delivered', last_status = ?, last_error = null where id = ?")
			.params(status, delivery).update();
	}

	void failed(UUID delivery, Integer status, String error, Instant nextAttempt, boolean dead) {
		this.jdbc.sql("""
				update webhook_delivery set status = ?, last_status = ?, last_error = ?, next_attempt_at = ? where id = ?
				""").params(dead ? "dead" : "pending", status, error, Timestamp.from(nextAttempt), delivery).update();
	}

	List<DeadLetter> deadLetters(UUID webhook) {
		return this.jdbc.sql("""
				select id, seq, event_name, attempts, created_at, last_attempt_at, last_status, last_error
				from webhook_delivery where webhook_id = ? and status = 'dead' order by created_at
				""").param(webhook).query((row, number) -> new DeadLetter(row.getObject("id", UUID.class),
						row.getLong("seq"), row.getString("event_name"), row.getInt("attempts"),
						instant(row, "created_at"), instant(row, "last_attempt_at"),
						(Integer) row.getObject("last_status"), row.getString("last_error")))
			.list();
	}

	/** Puts a dead letter back in the queue, with a fresh retry period. */
	boolean redeliver(UUID webhook, UUID delivery, Instant now) {
		return this.jdbc.sql("""
				update webhook_delivery set status = 'pending', attempts = 0, created_at = ?, next_attempt_at = ?
				where webhook_id = ? and id = ? and status = 'dead'
				""").params(Timestamp.from(now), Timestamp.from(now), webhook, delivery).update() == 1;
	}

	private static Attempt attempt(ResultSet row, int number) throws SQLException {
		return new Attempt(row.getObject("id", UUID.class), row.getObject("webhook_id", UUID.class), row.getString("url"),
				row.getString("secret"), row.getString("payload"), row.getInt("attempts"),
				row.getTimestamp("created_at").toInstant());
	}

	private static Webhook webhook(ResultSet row, int number) throws SQLException {
		return new Webhook(row.getObject("id", UUID.class), row.getString("member_code"), row.getString("url"),
				instant(row, "created_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	record Webhook(UUID id, String member, String url, Instant createdAt) {
	}

	record Endpoint(UUID id, String member, long position) {
	}

	record Attempt(UUID id, UUID webhook, String url, String secret, String payload, int attempts, Instant createdAt) {
	}

	record DeadLetter(UUID id, long seq, String event, int attempts, Instant createdAt, Instant lastAttemptAt,
			Integer lastStatus, String lastError) {
	}

}
