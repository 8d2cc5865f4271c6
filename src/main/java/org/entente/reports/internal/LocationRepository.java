package org.entente.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.entente.reports.internal.ReportRepository.Found;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Searches of single locations and of the map's grid, over the tables {@link ReportRepository} writes. */
@Repository
class LocationRepository {

	private static final String COLUMNS = "select l.id, l.report_id, r.reference, r.title, r.originator, v.detail, "
			+ SearchSql.LATITUDE + " as lat, " + SearchSql.LONGITUDE + " as lon,"
			+ " case when v.detail = 'full' then l.precision_meters else l.sanitized_precision_meters end as precision_meters,"
			+ " l.kind, l.label, l.observed_at, r.submitted_at";

	private final JdbcClient jdbc;

	LocationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Found<FoundLocation>> search(String member, SearchCriteria criteria, int limit) {
		SearchSql search = new SearchSql(criteria, member);
		String columns = COLUMNS + ((criteria.circle() != null) ? ", near.distance" : ", null::float8 as distance");
		return this.jdbc.sql(search.locations(columns, limit))
			.params(search.parameters())
			.query((row, number) -> new Found<>(location(row), ReportRepository.position(criteria.order(), row)))
			.list();
	}

	List<Cell> cells(String member, SearchCriteria criteria, MapGrid grid, MapGrid.Cover cover) {
		SearchSql search = new SearchSql(criteria, member);
		return this.jdbc.sql(search.cells(grid, cover) + " order by 1, 2")
			.params(search.parameters())
			.query((row, number) -> new Cell(row.getLong("count"), row.getDouble("longitude"),
					row.getDouble("latitude"), row.getDouble("west"), row.getDouble("south"), row.getDouble("east"),
					row.getDouble("north"), row.getObject("location_id", UUID.class),
					row.getObject("report_id", UUID.class)))
			.list();
	}

	private static FoundLocation location(ResultSet row) throws SQLException {
		Timestamp observed = row.getTimestamp("observed_at");
		return new FoundLocation(row.getObject("id", UUID.class), row.getObject("report_id", UUID.class),
				row.getString("reference"), row.getString("title"), row.getString("originator"),
				row.getString("detail"), row.getDouble("lat"), row.getDouble("lon"), row.getDouble("precision_meters"),
				row.getString("kind"), row.getString("label"), (observed != null) ? observed.toInstant() : null,
				row.getTimestamp("submitted_at").toInstant(), (Double) row.getObject("distance", Double.class));
	}

	/**
	 * One cell of the map's grid: how many visible locations fall in it, their centroid and extent, and, for a
	 * cell of one, which location and report it is.
	 */
	record Cell(long count, double longitude, double latitude, double west, double south, double east, double north,
			UUID locationId, UUID reportId) {
	}

}
