package org.entente.reports.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.entente.platform.Cursor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outcome table. Every read joins the outcome's report through {@link ReportRepository#DETAIL}, so an outcome
 * is seen exactly by those who may see its report, and answers as if absent to everyone else.
 */
@Repository
class OutcomeRepository {

	private static final String VISIBLE = """
			select o.id, o.report_id, o.version, o.member_code, o.recorded_at, o.occurred_at, o.effect,
			       o.object_type, o.quantity, o.note, o.location_ids,
			       case when v.detail = 'full' or o.member_code = :member then o.username end as recorded_by
			from outcome o
			join report r on r.id = o.report_id
			""" + ReportRepository.DETAIL + """
			where v.detail is not null
			""";

	private final JdbcClient jdbc;

	OutcomeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID reportId, int version, String member, String username, Instant recordedAt,
			ValidOutcome outcome) {
		this.jdbc.sql("""
				insert into outcome (id, report_id, version, member_code, username, recorded_at, occurred_at, effect,
				                     object_type, quantity, note, location_ids)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, reportId, version, member, username, Timestamp.from(recordedAt), Timestamp.from(outcome.time()),
					outcome.effect(), outcome.objectType(), outcome.quantity(), outcome.note(),
					outcome.locations().toArray(UUID[]::new))
			.update();
	}

	/** The ids of the report's locations as they are now. */
	Set<UUID> locationIds(UUID reportId) {
		return Set.copyOf(this.jdbc.sql("select id from location where report_id = ?").param(reportId).query(UUID.class).list());
	}

	Optional<OutcomeView> find(String member, UUID id) {
		return this.jdbc.sql(VISIBLE + " and o.id = :id")
			.param("member", member)
			.param("id", id)
			.query(OutcomeRepository::view)
			.optional();
	}

	/** Up to {@code limit} of the report's outcomes after the cursor, in the order they were recorded. */
	List<OutcomeView> ofReport(String member, UUID reportId, Cursor after, int limit) {
		return this.jdbc.sql(VISIBLE + """
				 and o.report_id = :report and (o.recorded_at, o.id) > (:afterTime, :afterId)
				order by o.recorded_at, o.id
				limit :limit
				""")
			.param("member", member)
			.param("report", reportId)
			.param("afterTime", Timestamp.from((after != null) ? after.time() : Instant.EPOCH))
			.param("afterId", (after != null) ? after.id() : new UUID(0, 0))
			.param("limit", limit)
			.query(OutcomeRepository::view)
			.list();
	}

	private static OutcomeView view(ResultSet row, int number) throws SQLException {
		Array locations = row.getArray("location_ids");
		return new OutcomeView(row.getObject("id", UUID.class), row.getObject("report_id", UUID.class),
				row.getInt("version"), row.getString("member_code"), row.getString("recorded_by"),
				row.getTimestamp("recorded_at").toInstant(), row.getTimestamp("occurred_at").toInstant(),
				row.getString("effect"), row.getString("object_type"), row.getObject("quantity", Long.class),
				row.getString("note"), Arrays.asList((UUID[]) locations.getArray()));
	}

}
