package org.entente.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.entente.platform.Cursor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deliveries as members see them: a report released to a member (by name or to ALL) is delivered to it, at the
 * time of the release; the acknowledgement table holds what members did with each version.
 */
@Repository
class DeliveryRepository {

	private static final String INBOX = """
			select r.id, r.reference, r.originator, r.title, r.category, r.handling, r.version, r.updated_at,
			       r.withdrawn_at, v.detail,
			       (select min(rr.released_at) from report_release rr
			        where rr.report_id = r.id and rr.member_code in (:member, 'ALL')) as delivered_at,
			       a.version as acknowledged_version, a.username as acknowledged_by, a.acknowledged_at
			from report r
			""" + ReportRepository.DETAIL + """
			left join lateral (select version, username, acknowledged_at from acknowledgement a
			                   where a.report_id = r.id and a.member_code = :member
			                   order by a.version desc limit 1) a on true
			where v.detail is not null and r.originator <> :member
			""";

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<InboxItem> inbox(String member, InboxFilter filter, int limit) {
		StringBuilder sql = new StringBuilder(INBOX);
		Map<String, Object> params = new HashMap<>();
		params.put("member", member);
		filter.appendTo(sql, params);
		sql.append(" order by r.updated_at desc, r.id desc limit :limit");
		params.put("limit", limit);
		return this.jdbc.sql(sql.toString()).params(params).query(DeliveryRepository::item).list();
	}

	Optional<InboxItem> item(String member, UUID reportId) {
		return this.jdbc.sql(INBOX + " and r.id = :id")
			.param("member", member)
			.param("id", reportId)
			.query(DeliveryRepository::item)
			.optional();
	}

	/** Records the acknowledgement of a version; false when the member had acknowledged it already. */
	boolean acknowledge(UUID reportId, String member, int version, String username, Instant time) {
		return this.jdbc.sql("""
				insert into acknowledgement (report_id, member_code, version, username, acknowledged_at)
				values (?, ?, ?, ?, ?) on conflict do nothing
				""").params(reportId, member, version, username, Timestamp.from(time)).update() == 1;
	}

	/** Every member's latest acknowledgement of the report, by member. */
	Map<String, Acknowledgement> acknowledgements(UUID reportId) {
		Map<String, Acknowledgement> acknowledgements = new HashMap<>();
		this.jdbc.sql("""
				select distinct on (member_code) member_code, version, username, acknowledged_at
				from acknowledgement where report_id = ? order by member_code, version desc
				""").param(reportId).query((row) -> {
			acknowledgements.put(row.getString("member_code"), new Acknowledgement(row.getInt("version"),
					row.getString("username"), instant(row, "acknowledged_at")));
		});
		return acknowledgements;
	}

	/**
	 * The flow's figures over reports submitted in a period, without any content: how many releases, how many
	 * acknowledgements, and how long acknowledging took.
	 */
	FlowFigures figures(Instant from, Instant to) {
		return this.jdbc.sql("""
				with reports as (select id, submitted_at from report where submitted_at >= :from and submitted_at < :to),
				     firsts as (select a.report_id, a.member_code, min(a.acknowledged_at) as acknowledged_at
				                from acknowledgement a join reports r on r.id = a.report_id group by 1, 2),
				     delays as (select extract(epoch from f.acknowledged_at - coalesce(
				                    (select min(rr.released_at) from report_release rr
				                     where rr.report_id = f.report_id and rr.member_code in (f.member_code, 'ALL')),
				                    r.submitted_at)) as seconds
				                from firsts f join reports r on r.id = f.report_id)
				select (select count(*) from reports) as reports,
				       (select count(*) from report_release rr join reports r on r.id = rr.report_id where rr.member_code <> 'ALL') as named_releases,
				       (select count(*) from report_release rr join reports r on r.id = rr.report_id where rr.member_code = 'ALL') as releases_to_all,
				       (select count(*) from firsts) as acknowledgements,
				       (select percentile_cont(0.5) within group (order by seconds) from delays) as median_seconds,
				       (select percentile_cont(0.9) within group (order by seconds) from delays) as p90_seconds
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((row, number) -> new FlowFigures(from, to, row.getLong("reports"), row.getLong("named_releases"),
					row.getLong("releases_to_all"), row.getLong("acknowledgements"),
					(Double) row.getObject("median_seconds"), (Double) row.getObject("p90_seconds")))
			.single();
	}

	private static InboxItem item(ResultSet row, int number) throws SQLException {
		Integer acknowledgedVersion = (Integer) row.getObject("acknowledged_version");
		Acknowledgement acknowledgement = (acknowledgedVersion != null) ? new Acknowledgement(acknowledgedVersion,
				row.getString("acknowledged_by"), instant(row, "acknowledged_at")) : null;
		int version = row.getInt("version");
		return new InboxItem(row.getObject("id", UUID.class), row.getString("reference"), row.getString("originator"),
				row.getString("title"), row.getString("category"), row.getString("handling"), row.getString("detail"),
				version, instant(row, "delivered_at"), instant(row, "updated_at"), instant(row, "withdrawn_at") != null,
				instant(row, "withdrawn_at"), acknowledgement,
				acknowledgement == null || acknowledgement.version() < version);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A report delivered to the member. Its id is the report's: a member has one delivery per report, which
	 * amendments and a withdrawal update.
	 */
	record InboxItem(UUID id, String reference, String originator, String title, String category, String handling,
			String detail, int version, Instant deliveredAt, Instant updatedAt, boolean withdrawn,
			Instant withdrawnAt, Acknowledgement acknowledged, boolean unacknowledged) {
	}

	record Acknowledgement(int version, String by, Instant at) {
	}

	record FlowFigures(Instant from, Instant to, long reports, long namedReleases, long releasesToAll,
			long acknowledgements, Double medianSecondsToAcknowledge, Double p90SecondsToAcknowledge) {
	}

	/** The inbox filters, as SQL conditions. */
	record InboxFilter(boolean unacknowledgedOnly, Instant since, String category, String originator, Cursor cursor) {

		void appendTo(StringBuilder sql, Map<String, Object> params) {
			if (this.unacknowledgedOnly) {
				sql.append(" and (a.version is null or a.version < r.version)");
			}
			if (this.since != null) {
				sql.append(" and r.updated_at >= :since");
				params.put("since", Timestamp.from(this.since));
			}
			if (this.category != null) {
				sql.append(" and r.category = :category");
				params.put("category", this.category);
			}
			if (this.originator != null) {
				sql.append(" and r.originator = :originator");
				params.put("originator", this.originator);
			}
			if (this.cursor != null) {
				sql.append(" and (r.updated_at, r.id) < (:cursorTime, :cursorId)");
				params.put("cursorTime", Timestamp.from(this.cursor.time()));
				params.put("cursorId", this.cursor.id());
			}
		}

	}

}
