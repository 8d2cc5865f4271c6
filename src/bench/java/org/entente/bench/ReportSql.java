package org.entente.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.entente.reports.internal.SearchStatements;
import org.entente.reports.internal.SearchStatements.BoundStatement;

/**
 * The bare SQL that the application runs for {@code GET /api/v1/reports/{id}} and to complete a page of
 * {@code GET /api/v1/reports}, copied from {@code org.entente.reports.internal.ReportRepository} (REPORT_COLUMNS,
 * DETAIL, find, locations, releaseViews) and {@code SiteRepository} (ofReports, for the reports' sites) with its
 * named parameters written as {@code ?}. When that SQL changes, this copy must follow, or the baseline measures
 * something the application no longer does. Lists and searches take their main statement from the application's
 * own builder instead ({@link SearchStatements}).
 */
final class ReportSql {

	/** ReportRepository.REPORT_COLUMNS followed by ReportRepository.DETAIL, {@code :member} bound twice. */
	private static final String REPORTS = """
			select r.id, r.reference, r.version, r.originator, v.detail,
			       case when v.detail = 'full' then r.author end as author,
			       r.title, r.body, r.language, r.category, r.observed_at, r.valid_until,
			       case when v.detail = 'full' then r.source_reliability end as source_reliability,
			       case when v.detail = 'full' then r.credibility end as credibility,
			       r.handling, r.submitted_at, r.updated_at, r.withdrawn_at, r.withdrawn_reason
			from report r
			cross join lateral (select case when r.originator = ? then 'full'
			    else (select min(rr.detail) from report_release rr
			          where rr.report_id = r.id and rr.member_code in (?, 'ALL')) end as detail offset 0) v
			""";

	/** ReportRepository.locations, {@code :member} bound twice, then {@code :ids}. */
	private static final String LOCATIONS = """
			select l.report_id, l.id, v.detail,
			       case when v.detail = 'full' then l.latitude else l.sanitized_latitude end as lat,
			       case when v.detail = 'full' then l.longitude else l.sanitized_longitude end as lon,
			       case when v.detail = 'full' then l.precision_meters else l.sanitized_precision_meters end as precision_meters,
			       l.elevation_meters, l.kind, l.label, l.observed_at,
			       case when v.detail = 'full' then l.original_text end as original_text,
			       case when v.detail = 'full' then l.format else 'sanitized' end as format
			from report r
			cross join lateral (select case when r.originator = ? then 'full'
			    else (select min(rr.detail) from report_release rr
			          where rr.report_id = r.id and rr.member_code in (?, 'ALL')) end as detail offset 0) v
			join location l on l.report_id = r.id
			where r.id = any(?) and v.detail is not null
			order by l.report_id, l.position
			""";

	/** ReportRepository.releaseViews: {@code :ids}, then {@code :member} twice. */
	private static final String RELEASES = """
			select rr.report_id, rr.member_code, rr.detail from report r
			join report_release rr on rr.report_id = r.id
			where r.id = any(?) and (r.originator = ? or rr.member_code in (?, 'ALL'))
			order by rr.report_id, rr.member_code
			""";

	/** SiteRepository.ofReports with SiteRepository.VISIBLE: {@code :reports}, then {@code :member} twice. */
	private static final String SITES = """
			with own as (select report_id, site_id, min(position) as first_position from location
			             where report_id = any(?) and site_id is not null group by report_id, site_id),
			     visible as (select l.site_id, l.report_id, r.reference, r.originator,
			       coalesce(l.observed_at, r.observed_at, r.submitted_at) as seen,
			       case when v.detail = 'full' then l.latitude else l.sanitized_latitude end as lat,
			       case when v.detail = 'full' then l.longitude else l.sanitized_longitude end as lon
			from location l
			join report r on r.id = l.report_id
			cross join lateral (select case when r.originator = ? then 'full'
			    else (select min(rr.detail) from report_release rr
			          where rr.report_id = r.id and rr.member_code in (?, 'ALL')) end as detail offset 0) v
			where v.detail is not null and r.withdrawn_at is null and l.site_id is not null
			      and l.site_id in (select site_id from own)),
			     counted as (select site_id, count(distinct report_id) as reports,
			                        count(distinct originator) as members from visible group by site_id)
			select own.report_id, own.site_id, counted.reports, counted.members
			from own join counted on counted.site_id = own.site_id
			order by own.report_id, own.first_position
			""";

	private ReportSql() {
	}

	/** The statements of {@code GET /reports/{id}}, in one transaction as ReportQueries runs them. */
	static int find(Connection connection, UUID id, String member) throws SQLException {
		return inTransaction(connection, () -> {
			PreparedStatement statement = connection.prepareStatement(REPORTS + " where r.id = ? and v.detail is not null");
			statement.setString(1, member);
			statement.setString(2, member);
			statement.setObject(3, id);
			return complete(connection, member, reportIds(statement));
		});
	}

	/**
	 * A search statement as the application's own SearchSql makes it ({@link SearchStatements}), then the three
	 * statements completing the rows found (ReportRepository.complete, SiteQueries.ofReports), in one transaction;
	 * answers the rows found.
	 */
	static int search(Connection connection, BoundStatement search, String member) throws SQLException {
		return inTransaction(connection, () -> {
			PreparedStatement statement = connection.prepareStatement(search.sql());
			for (int i = 0; i < search.values().size(); i++) {
				statement.setObject(i + 1, search.values().get(i));
			}
			return complete(connection, member, reportIds(statement));
		});
	}

	/** Any one statement, every row and column read, in a transaction as the application's reads are. */
	static int rows(Connection connection, BoundStatement bound) throws SQLException {
		return inTransaction(connection, () -> {
			try (PreparedStatement statement = connection.prepareStatement(bound.sql())) {
				for (int i = 0; i < bound.values().size(); i++) {
					statement.setObject(i + 1, bound.values().get(i));
				}
				return readAll(statement);
			}
		});
	}

	/**
	 * Reads every column of every row, as the application's row mappers do, and answers the ids; reading only
	 * the ids would let the driver skip work the application cannot skip.
	 */
	private static List<UUID> reportIds(PreparedStatement statement) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		try (statement; ResultSet rows = statement.executeQuery()) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int column = 1; column <= columns; column++) {
					rows.getObject(column);
				}
				ids.add(rows.getObject("id", UUID.class));
			}
		}
		return ids;
	}

	/**
	 * ReportRepository.complete and SiteQueries.ofReports: the locations, releases and sites of the reports found,
	 * skipped when none were.
	 */
	private static int complete(Connection connection, String member, List<UUID> ids) throws SQLException {
		if (ids.isEmpty()) {
			return 0;
		}
		java.sql.Array array = connection.createArrayOf("uuid", ids.toArray());
		try (PreparedStatement locations = connection.prepareStatement(LOCATIONS)) {
			locations.setString(1, member);
			locations.setString(2, member);
			locations.setArray(3, array);
			readAll(locations);
		}
		try (PreparedStatement releases = connection.prepareStatement(RELEASES)) {
			releases.setArray(1, array);
			releases.setString(2, member);
			releases.setString(3, member);
			readAll(releases);
		}
		try (PreparedStatement sites = connection.prepareStatement(SITES)) {
			sites.setArray(1, array);
			sites.setString(2, member);
			sites.setString(3, member);
			readAll(sites);
		}
		return ids.size();
	}

	private static int readAll(PreparedStatement statement) throws SQLException {
		int count = 0;
		try (ResultSet rows = statement.executeQuery()) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int column = 1; column <= columns; column++) {
					rows.getObject(column);
				}
				count++;
			}
		}
		return count;
	}

	private static int inTransaction(Connection connection, SqlWork work) throws SQLException {
		connection.setAutoCommit(false);
		try {
			int found = work.run();
			connection.commit();
			return found;
		}
		catch (SQLException | RuntimeException exception) {
			connection.rollback();
			throw exception;
		}
	}

	@FunctionalInterface
	private interface SqlWork {

		int run() throws SQLException;

	}

}
