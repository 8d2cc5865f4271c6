package org.entente.dissemination.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscription, notification and subscription_cursor tables. */
@Repository
class SubscriptionRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SubscriptionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Subscription subscription) {
		this.jdbc.sql("""
				insert into subscription (id, member_code, username, name, filter, created_at)
				values (?, ?, ?, ?, ?::jsonb, ?)
				""").params(subscription.id(), subscription.member(), subscription.username(), subscription.name(),
				this.json.writeValueAsString(subscription.filter()), Timestamp.from(subscription.createdAt()))
			.update();
	}

	/** The member's subscriptions that concern this user: its own and the member-wide ones. */
	List<Subscription> visibleTo(String member, String username) {
		return this.jdbc.sql("""
				select id, member_code, username, name, filter::text, created_at from subscription
				where member_code = ? and (username is null or username = ?) and removed_at is null order by created_at
				""").params(member, username).query(this::subscription).list();
	}

	List<Subscription> active() {
		return this.jdbc.sql("""
				select id, member_code, username, name, filter::text, created_at from subscription where removed_at is null
				""").query(this::subscription).list();
	}

	boolean remove(UUID id, String member, String username, boolean memberWide, Instant time) {
		return this.jdbc.sql("""
				update subscription set removed_at = ? where id = ? and member_code = ? and removed_at is null
				and (username = ? or (username is null and ?))
				""").params(Timestamp.from(time), id, member, username, memberWide).update() == 1;
	}

	Optional<Long> lockCursor() {
		return this.jdbc.sql("select position from subscription_cursor for update skip locked")
			.query(Long.class)
			.optional();
	}

	void advanceCursor(long position) {
		this.jdbc.sql("update subscription_cursor set position = ?").param(position).update();
	}

	void insertNotification(Notification notification) {
		this.jdbc.sql("""
				insert into notification (id, subscription_id, member_code, username, report_id, seq, created_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing
				""").params(notification.id(), notification.subscription(), notification.member(), notification.username(),
				notification.report(), notification.seq(), Timestamp.from(notification.createdAt()))
			.update();
	}

	List<Notification> notifications(String member, String username, boolean unreadOnly, int limit) {
		return this.jdbc.sql("""
				select id, subscription_id, member_code, username, report_id, seq, created_at, read_at from notification
				where member_code = ? and (username is null or username = ?) and (not ? or read_at is null)
				order by created_at desc, id limit ?
				""").params(member, username, unreadOnly, limit).query(SubscriptionRepository::notification).list();
	}

	boolean markRead(UUID id, String member, String username, Instant time) {
		return this.jdbc.sql("""
				update notification set read_at = coalesce(read_at, ?)
				where id = ? and member_code = ? and (username is null or username = ?)
				""").params(Timestamp.from(time), id, member, username).update() == 1;
	}

	private Subscription subscription(ResultSet row, int number) throws SQLException {
		return new Subscription(row.getObject("id", UUID.class), row.getString("member_code"), row.getString("username"),
				row.getString("name"), this.json.readValue(row.getString("filter"), SubscriptionFilter.class),
				row.getTimestamp("created_at").toInstant());
	}

	private static Notification notification(ResultSet row, int number) throws SQLException {
		Timestamp read = row.getTimestamp("read_at");
		return new Notification(row.getObject("id", UUID.class), row.getObject("subscription_id", UUID.class),
				row.getString("member_code"), row.getString("username"), row.getObject("report_id", UUID.class),
				row.getLong("seq"), row.getTimestamp("created_at").toInstant(), (read != null) ? read.toInstant() : null);
	}

	/** @param username null for a subscription of the whole member */
	record Subscription(UUID id, String member, String username, String name, SubscriptionFilter filter,
			Instant createdAt) {
	}

	record Notification(UUID id, UUID subscription, String member, String username, UUID report, long seq,
			Instant createdAt, Instant readAt) {
	}

}
