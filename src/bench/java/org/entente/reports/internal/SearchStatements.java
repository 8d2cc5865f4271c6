package org.entente.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * The benchmark's way into the application's own search SQL: turns a search's query parameters into the exact
 * statement and values {@code GET /api/v1/reports} (and {@code GET /api/v1/map/locations}) run, by the same
 * {@link SearchParameters}, {@link SearchCriteria} and {@link SearchSql}, so that the bare-SQL baseline can
 * never drift from what the application does. In the application's package (in the benchmark's sources only)
 * because those classes are package-private.
 */
public final class SearchStatements {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SearchStatements() {
	}

	/**
	 * The search statement of {@code GET /api/v1/reports} as {@code member} asks it with these query
	 * parameters: with the page size plus one row, as ReportQueries.search asks to know whether a next page
	 * follows.
	 */
	public static BoundStatement reports(Map<String, String> query, String member) {
		SearchParameters parameters = parameters(query);
		SearchSql search = new SearchSql(parameters.criteria(JSON), member);
		String sql = search.reports(ReportRepository.REPORT_SELECT, parameters.pageSize() + 1);
		return bind(sql, search.parameters());
	}

	/**
	 * The grid statement of {@code GET /api/v1/map/locations}, as LocationController chooses it: by the locations'
	 * audience for a box alone (counted ahead at low zoom), else the visible locations of the cells covering the box.
	 */
	public static BoundStatement mapCells(Map<String, String> query, String member, int zoom) {
		SearchCriteria criteria = parameters(query).criteria(JSON);
		MapGrid grid = new MapGrid(zoom);
		MapGrid.Cover cover = grid.cover(criteria.box());
		if (criteria.onlyBoxAndReleaseTime()) {
			MapCells.Statement statement = MapCells.statement(member, grid, cover, criteria);
			return bind(statement.sql(), statement.parameters());
		}
		SearchCriteria covered = parameters(query).withBbox(LocationController.boxText(grid.box(cover))).criteria(JSON);
		SearchSql search = new SearchSql(covered, member);
		return bind(search.cells(grid, cover) + " order by 1, 2", search.parameters());
	}

	/** The cursor of a page of the newest first that ends at the report released at {@code time} with {@code id}. */
	public static String timeCursor(Instant time, UUID id) {
		return new SearchPosition(SearchOrder.TIME, time.toString(), id).encode();
	}

	private static SearchParameters parameters(Map<String, String> query) {
		return new SearchParameters(query.get("q"), query.get("bbox"), query.get("near"), query.get("radius"),
				query.get("polygon"), query.get("observedFrom"), query.get("observedTo"), query.get("from"),
				query.get("to"), query.get("since"), query.get("originator"), query.get("category"),
				query.get("handling"), query.get("minGrading"), query.get("hasOutcome"), query.get("sort"), query.get("cursor"),
				query.get("limit"));
	}

	/** Named parameters to JDBC's {@code ?}, as JdbcClient's NamedParameterJdbcTemplate turns them. */
	private static BoundStatement bind(String sql, Map<String, Object> parameters) {
		ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
		MapSqlParameterSource source = new MapSqlParameterSource(parameters);
		return new BoundStatement(NamedParameterUtils.substituteNamedParameters(parsed, source),
				List.of(NamedParameterUtils.buildValueArray(parsed, source, null)));
	}

	/** A statement with {@code ?} placeholders and the values to bind to them, in order. */
	public record BoundStatement(String sql, List<Object> values) {
	}

}
