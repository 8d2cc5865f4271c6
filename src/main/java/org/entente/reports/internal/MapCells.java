package org.entente.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.geo.BoundingBox;
import org.entente.reports.internal.LocationRepository.Cell;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's clusters of a box alone (or with a release time), by the audience of each location (V11): at the
 * counted zooms from the counts per cell and audience (V12) with the changes not yet folded into them, else from
 * the locations; and the folding of those changes.
 */
@Repository
class MapCells {

	/** A release window this short holds fewer locations than a view of several degrees does. */
	private static final Duration SHORT_RELEASE_WINDOW = Duration.ofDays(31);

	/** Only one folding at a time, should two instances share a database. */
	private static final long FOLDING_LOCK = 0x656e74656e74654dL;

	/** Whether a row of this audience counts for the viewer: with the point it is shown, once. */
	private static final String VISIBLE = "(not g.sanitized and " + SearchSql.showsExact("g.audience")
			+ " or g.sanitized and " + SearchSql.showsSanitizedOnly("g.audience") + ")";

	/**
	 * The one visible location of a cell of one, in the cell's extent; nearest first, so that the planner walks a
	 * point index (with a bare limit it would rather scan the table, expecting many).
	 */
	private static final String SINGLE = """
			select * from (
			    (select l.id, l.report_id, l.latitude, l.longitude from location l
			     where c.count = 1 and %1$s
			       and point(l.longitude, l.latitude) <@ box(point(c.west, c.south), point(c.east, c.north))
			     order by point(l.longitude, l.latitude) <-> point(c.west, c.south) limit 1)
			    union all
			    (select l.id, l.report_id, l.sanitized_latitude, l.sanitized_longitude from location l
			     where c.count = 1 and %2$s
			       and point(l.sanitized_longitude, l.sanitized_latitude) <@ box(point(c.west, c.south), point(c.east, c.north))
			     order by point(l.sanitized_longitude, l.sanitized_latitude) <-> point(c.west, c.south) limit 1)
			) single limit 1""".formatted(SearchSql.showsExact("l.audience"), SearchSql.showsSanitizedOnly("l.audience"));

	/** The counts of one counted zoom, and the waiting changes brought to its cells. */
	private static final String COUNTED = """
			select sanitized, row_index, column_index, audience, location_count, latitude_sum, longitude_sum,
			       south, north, west, east
			from map_cell where zoom = :countedZoom
			union all
			select sanitized, row_index >> :changeShift, column_index >> :changeShift, audience, change,
			       change * latitude, change * longitude,
			       case when change > 0 then latitude end, case when change > 0 then latitude end,
			       case when change > 0 then longitude end, case when change > 0 then longitude end
			from map_cell_change""";

	/** Each visible location once, by the point its audience shows. */
	private static final String LOCATIONS = """
			select l.id, l.report_id, l.latitude, l.longitude from location l where %1$s
			union all
			select l.id, l.report_id, l.sanitized_latitude, l.sanitized_longitude from location l where %2$s""";

	/**
	 * Adds the waiting changes to the counts. A count whose extent was drawn by a location now gone (or that has
	 * none left) is counted again instead ({@link #recount}): an extent cannot shrink by subtraction, but in all
	 * other cases the extent of what is left is the one it had, and a count of thousands is not read again.
	 */
	private static final String FOLD = """
			with taken as (delete from map_cell_change returning *),
			fine as (
			    select sanitized, row_index, column_index, audience, sum(change) as change,
			           sum(change * latitude) as latitude_sum, sum(change * longitude) as longitude_sum,
			           min(latitude) filter (where change > 0) as south, max(latitude) filter (where change > 0) as north,
			           min(longitude) filter (where change > 0) as west, max(longitude) filter (where change > 0) as east,
			           array_agg(latitude) filter (where change < 0) as gone_latitudes,
			           array_agg(longitude) filter (where change < 0) as gone_longitudes
			    from taken group by 1, 2, 3, 4),
			judged as (
			    select f.*, f.gone_latitudes is not null
			                and (m.location_count is null or m.location_count + f.change <= 0
			                     or m.south = any(f.gone_latitudes) or m.north = any(f.gone_latitudes)
			                     or m.west = any(f.gone_longitudes) or m.east = any(f.gone_longitudes)) as recount,
			           least(m.south, f.south) as counted_south, greatest(m.north, f.north) as counted_north,
			           least(m.west, f.west) as counted_west, greatest(m.east, f.east) as counted_east
			    from fine f
			    left join map_cell m on m.zoom = 8 and m.sanitized = f.sanitized and m.row_index = f.row_index
			                            and m.column_index = f.column_index and m.audience = f.audience),
			coarse as (
			    select sanitized, row_index >> 3 as row_index, column_index >> 3 as column_index, audience,
			           sum(change) as change, sum(latitude_sum) as latitude_sum, sum(longitude_sum) as longitude_sum,
			           min(south) as south, max(north) as north, min(west) as west, max(east) as east,
			           bool_or(gone_latitudes is not null) as recount
			    from judged group by 1, 2, 3, 4),
			added as (
			    insert into map_cell (zoom, sanitized, row_index, column_index, audience, location_count, latitude_sum,
			                          longitude_sum, south, north, west, east)
			    select zoom, sanitized, row_index, column_index, audience, change, latitude_sum, longitude_sum,
			           coalesce(south, 'Infinity'), coalesce(north, '-Infinity'),
			           coalesce(west, 'Infinity'), coalesce(east, '-Infinity')
			    from (select 8 as zoom, sanitized, row_index, column_index, audience, change, latitude_sum,
			                 longitude_sum, south, north, west, east
			          from judged where not recount
			          union all
			          select 5, sanitized, row_index, column_index, audience, change, latitude_sum, longitude_sum,
			                 south, north, west, east
			          from coarse where not recount) counted
			    on conflict (zoom, sanitized, row_index, column_index, audience) do update
			    set location_count = map_cell.location_count + excluded.location_count,
			        latitude_sum = map_cell.latitude_sum + excluded.latitude_sum,
			        longitude_sum = map_cell.longitude_sum + excluded.longitude_sum,
			        south = least(map_cell.south, excluded.south), north = greatest(map_cell.north, excluded.north),
			        west = least(map_cell.west, excluded.west), east = greatest(map_cell.east, excluded.east))
			select 8 as zoom, sanitized, row_index, column_index, audience::text as audience, counted_south,
			       counted_north, counted_west, counted_east
			from judged where recount
			union all
			select 5, sanitized, row_index, column_index, audience::text, null, null, null, null
			from coarse where recount
			order by 1 desc""";

	/** A count of zoom 8 counted again from the locations in the extent it had. */
	private static final String RECOUNT = """
			insert into map_cell (zoom, sanitized, row_index, column_index, audience, location_count, latitude_sum,
			                      longitude_sum, south, north, west, east)
			select 8, :sanitized, :row, :column, :audience::text[], count(*), sum(%2$s), sum(%1$s),
			       min(%2$s), max(%2$s), min(%1$s), max(%1$s)
			from location l
			where point(%1$s, %2$s) <@ box(point(:west, :south), point(:east, :north))
			  and l.audience = :audience::text[]
			  and entente_map_row(%2$s) = :row and entente_map_column(%1$s) = :column
			having count(*) > 0""";

	/** A count of zoom 5 counted again from its 64 cells of zoom 8 (folded first). */
	private static final String RECOUNT_COARSE = """
			insert into map_cell (zoom, sanitized, row_index, column_index, audience, location_count, latitude_sum,
			                      longitude_sum, south, north, west, east)
			select 5, :sanitized, :row, :column, :audience::text[], sum(location_count), sum(latitude_sum),
			       sum(longitude_sum), min(south), max(north), min(west), max(east)
			from map_cell
			where zoom = 8 and sanitized = :sanitized and audience = :audience::text[]
			  and row_index between :row * 8 and :row * 8 + 7 and column_index between :column * 8 and :column * 8 + 7
			having count(*) > 0""";

	private final JdbcClient jdbc;

	MapCells(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Cell> cells(String member, MapGrid grid, MapGrid.Cover cover, SearchCriteria criteria) {
		Statement statement = statement(member, grid, cover, criteria);
		return this.jdbc.sql(statement.sql())
			.params(statement.parameters())
			.query((row, number) -> {
				long count = row.getLong("count");
				// A cell of one is that location, at its point rather than at a centroid added up from sums.
				String one = (count == 1) ? "one_" : "";
				return new Cell(count, row.getDouble(one + "longitude"), row.getDouble(one + "latitude"),
						row.getDouble("west"), row.getDouble("south"), row.getDouble("east"), row.getDouble("north"),
						(count == 1) ? row.getObject("location_id", UUID.class) : null,
						(count == 1) ? row.getObject("report_id", UUID.class) : null);
			})
			.list();
	}

	/**
	 * The statement of {@link #cells}, with its named parameters: counted ahead for a box alone at the counted
	 * zooms, else from the locations (a release time must be tested on each).
	 */
	static Statement statement(String member, MapGrid grid, MapGrid.Cover cover, SearchCriteria criteria) {
		return (grid.counted() && criteria.onlyBox()) ? counted(member, grid, cover)
				: uncounted(member, grid, cover, criteria);
	}

	private static Statement counted(String member, MapGrid grid, MapGrid.Cover cover) {
		Map<String, Object> parameters = new HashMap<>(Map.of("member", member, "shift", grid.countedShift(),
				"countedZoom", grid.countedZoom(), "changeShift", MapGrid.COUNTED_ZOOM - grid.countedZoom()));
		String inCover = SearchSql.coverCondition(cover.finer(grid.countedShift()), "g.column_index", "g.row_index",
				parameters);
		String sql = "with c as (select g.column_index >> :shift as column_index, g.row_index >> :shift as row_index,"
				+ " sum(g.location_count) as count, sum(g.latitude_sum) / sum(g.location_count) as latitude,"
				+ " sum(g.longitude_sum) / sum(g.location_count) as longitude, min(g.south) as south,"
				+ " max(g.north) as north, min(g.west) as west, max(g.east) as east"
				+ " from (" + COUNTED + ") g where " + inCover + " and " + VISIBLE
				+ " group by 1, 2 having sum(g.location_count) > 0)"
				+ " select c.*, one.id as location_id, one.report_id, one.latitude as one_latitude,"
				+ " one.longitude as one_longitude from c left join lateral (" + SINGLE + ") one on true order by 1, 2";
		return new Statement(sql, parameters);
	}

	/**
	 * Above the counted zooms the box is small enough to count its locations, each by its audience alone; with a
	 * release time, the locations released then (the newest-first index holds both).
	 */
	private static Statement uncounted(String member, MapGrid grid, MapGrid.Cover cover, SearchCriteria criteria) {
		Map<String, Object> parameters = new HashMap<>(Map.of("member", member, "cell", grid.cellDegrees(),
				"lastColumn", grid.columns() - 1, "lastRow", grid.rows() - 1));
		String released = releaseTime(criteria, parameters);
		String column = "least(floor((g.longitude + 180) / :cell), :lastColumn)";
		String row = "least(floor((g.latitude + 90) / :cell), :lastRow)";
		String inCover = SearchSql.coverCondition(cover, column, row, parameters);
		List<BoundingBox> boxes = grid.box(cover).splitAtAntimeridian();
		// A view of the counted zooms spans degrees, where the point indexes return most locations (and the planner,
		// which cannot estimate them, takes them anyway): a release window of a month or less leads there instead.
		boolean byTime = grid.counted() && criteria.releasedFrom() != null
				&& Duration.between(criteria.releasedFrom(), (criteria.releasedTo() != null) ? criteria.releasedTo()
						: Instant.now()).compareTo(SHORT_RELEASE_WINDOW) <= 0;
		String locations = LOCATIONS.formatted(
				within(boxes, "l.longitude", "l.latitude", byTime, parameters) + released + " and "
						+ SearchSql.showsExact("l.audience"),
				within(boxes, "l.sanitized_longitude", "l.sanitized_latitude", byTime, parameters) + released + " and "
						+ SearchSql.showsSanitizedOnly("l.audience"));
		String sql = "select " + column + " as column_index, " + row + " as row_index, count(*) as count,"
				+ " avg(g.latitude) as latitude, avg(g.longitude) as longitude, min(g.latitude) as south,"
				+ " max(g.latitude) as north, min(g.longitude) as west, max(g.longitude) as east,"
				+ " (array_agg(g.id))[1] as location_id, (array_agg(g.report_id))[1] as report_id,"
				+ " min(g.latitude) as one_latitude, min(g.longitude) as one_longitude"
				+ " from (" + locations + ") g where " + inCover + " group by 1, 2 order by 1, 2";
		return new Statement(sql, parameters);
	}

	/** The release time asked, on the time each location carries of its report's release (V9). */
	private static String releaseTime(SearchCriteria criteria, Map<String, Object> parameters) {
		StringBuilder condition = new StringBuilder();
		if (criteria.releasedFrom() != null) {
			parameters.put("releasedFrom", Timestamp.from(criteria.releasedFrom()));
			condition.append(" and l.report_submitted_at >= :releasedFrom");
		}
		if (criteria.releasedTo() != null) {
			parameters.put("releasedTo", Timestamp.from(criteria.releasedTo()));
			condition.append(" and l.report_submitted_at <= :releasedTo");
		}
		return condition.toString();
	}

	/**
	 * The point in one of the boxes: in the form the point indexes answer, or {@code unindexed}, as comparisons
	 * that leave the choice of index to the other conditions.
	 */
	private static String within(List<BoundingBox> boxes, String longitude, String latitude, boolean unindexed,
			Map<String, Object> parameters) {
		List<String> tests = new ArrayList<>();
		for (int i = 0; i < boxes.size(); i++) {
			String name = "box" + i;
			parameters.put(name + "West", boxes.get(i).west());
			parameters.put(name + "South", boxes.get(i).south());
			parameters.put(name + "East", boxes.get(i).east());
			parameters.put(name + "North", boxes.get(i).north());
			tests.add(unindexed
					? "(" + longitude + " between :" + name + "West and :" + name + "East and " + latitude + " between :"
							+ name + "South and :" + name + "North)"
					: "point(" + longitude + ", " + latitude + ") <@ box(point(:" + name + "West, :" + name + "South),"
							+ " point(:" + name + "East, :" + name + "North))");
		}
		return "(" + String.join(" or ", tests) + ")";
	}

	record Statement(String sql, Map<String, Object> parameters) {
	}

	/**
	 * Folds the changes committed so far into the counts, in one snapshot: a change is either still waiting or
	 * folded, never both, so the map counts each location once while this runs. Does nothing while another
	 * instance folds.
	 */
	@Transactional(isolation = Isolation.REPEATABLE_READ)
	void fold() {
		if (!this.jdbc.sql("select pg_try_advisory_xact_lock(?)").param(FOLDING_LOCK).query(Boolean.class).single()) {
			return;
		}
		// Zoom 8 first (the order of FOLD): zoom 5 is counted again from it.
		for (CountedCell cell : this.jdbc.sql(FOLD).query(MapCells::countedCell).list()) {
			recount(cell);
		}
	}

	private void recount(CountedCell cell) {
		Map<String, Object> key = Map.of("zoom", cell.zoom(), "sanitized", cell.sanitized(), "row", cell.row(),
				"column", cell.column(), "audience", cell.audience());
		this.jdbc.sql("delete from map_cell where zoom = :zoom and sanitized = :sanitized and row_index = :row"
				+ " and column_index = :column and audience = :audience::text[]")
			.params(key)
			.update();
		if (cell.zoom() == MapGrid.COARSE_COUNTED_ZOOM) {
			this.jdbc.sql(RECOUNT_COARSE).params(key).update();
		}
		else if (cell.extent() != null) {
			String sql = cell.sanitized() ? RECOUNT.formatted("l.sanitized_longitude", "l.sanitized_latitude")
					: RECOUNT.formatted("l.longitude", "l.latitude");
			this.jdbc.sql(sql)
				.params(key)
				.param("west", cell.extent().west())
				.param("east", cell.extent().east())
				.param("south", cell.extent().south())
				.param("north", cell.extent().north())
				.update();
		}
	}

	private static CountedCell countedCell(ResultSet row, int number) throws SQLException {
		Double south = (Double) row.getObject("counted_south");
		BoundingBox extent = (south != null) ? new BoundingBox(row.getDouble("counted_west"), south,
				row.getDouble("counted_east"), row.getDouble("counted_north")) : null;
		return new CountedCell(row.getInt("zoom"), row.getBoolean("sanitized"), row.getInt("row_index"),
				row.getInt("column_index"), row.getString("audience"), extent);
	}

	/**
	 * A count of one zoom, cell and audience, the audience as PostgreSQL writes an array; at zoom 8, the extent it
	 * had and of the locations added, which holds every location it has now (a count of a few among thousands is
	 * read from there alone).
	 */
	record CountedCell(int zoom, boolean sanitized, int row, int column, String audience, BoundingBox extent) {
	}

}
