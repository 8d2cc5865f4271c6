package org.entente.reports.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.geo.BoundingBox;
import org.entente.reports.internal.SearchCriteria.Circle;

/**
 * The SQL of one search, over {@code report r} joined to {@link ReportRepository#DETAIL} (the viewer's detail
 * {@code v.detail}, null when it may not see the report) and, for locations, {@code location l}. Every area
 * test reads the coordinates at the viewer's detail, so a sanitised recipient is answered from sanitised
 * points only; every value is a bound parameter, so no text of a caller ever reaches the SQL.
 */
final class SearchSql {

	static final String LATITUDE = "(case when v.detail = 'full' then l.latitude else l.sanitized_latitude end)";

	static final String LONGITUDE = "(case when v.detail = 'full' then l.longitude else l.sanitized_longitude end)";

	/** Whether an audience (V11's location.audience) shows :member the exact point. */
	static String showsExact(String audience) {
		return audience + " && array['full:' || :member, 'full:ALL']";
	}

	/** Whether it shows :member the sanitised point, and not the exact one too. */
	static String showsSanitizedOnly(String audience) {
		return audience + " && array['sanitized:' || :member, 'sanitized:ALL'] and not " + showsExact(audience);
	}

	/** Every language the reports are indexed in, so a query finds stemmed forms whatever language it is in. */
	private static final List<String> CONFIGURATIONS = List.of("simple", "english", "french", "russian", "arabic");

	/** Shorter words (articles, prepositions) have too few trigrams to say anything about spelling. */
	private static final int MINIMUM_SIMILAR_WORD = 3;

	/** Past a few words, a query is a phrase to find, not a name to spell-match. */
	private static final int MAXIMUM_SIMILAR_WORDS = 6;

	/**
	 * How many of the newest locations an area search walks before it collects instead: some 0.1 s of index at
	 * the most, past which an area has so few reports that collecting them is cheaper.
	 */
	private static final int WINDOW = 200_000;

	/**
	 * How many locations nearest the centre, by each kind of point the viewer is shown, a nearest-first search
	 * first takes per report of the page: a report may have several near the centre, and where a degree of
	 * longitude is seven tenths of one of latitude only the nearest seven tenths of them are sure to be nearer
	 * than all the others.
	 */
	private static final int NEAREST_PER_REPORT = 4;

	/** How many times as many nearest locations the second step of a nearest-first search takes. */
	private static final int WIDER = 8;

	/** How many locations, whoever they are shown to, a step of nearest first walks per location it takes. */
	private static final int WALK = 2;

	/** The nearest locations per page, {@value #NEAREST_PER_REPORT} per report, rather than a number given. */
	private static final int PER_PAGE = -1;

	private final SearchCriteria criteria;

	private final Map<String, Object> parameters = new HashMap<>();

	private final int window;

	private final int nearest;

	SearchSql(SearchCriteria criteria, String member) {
		this(criteria, member, WINDOW, PER_PAGE);
	}

	/**
	 * With a window of {@code window} locations for the newest in an area and {@code nearest} locations for the
	 * first step of nearest to a centre (none: always the whole circle; {@link #PER_PAGE}: by the page's size),
	 * which tests make small.
	 */
	SearchSql(SearchCriteria criteria, String member, int window, int nearest) {
		this.criteria = criteria;
		this.window = window;
		this.nearest = nearest;
		this.parameters.put("member", member);
	}

	Map<String, Object> parameters() {
		return this.parameters;
	}

	/**
	 * Reports, each once, with a visible location inside the area when one is asked for. Other orders than the
	 * newest first must see every report in the area anyway, and collect them by the point indexes; the newest
	 * in an area are walked to instead ({@link #newestInArea}).
	 */
	String reports(String columns, int limit) {
		if (this.criteria.hasArea() && this.criteria.order() == SearchOrder.TIME) {
			return newestInArea(columns, limit);
		}
		if (this.criteria.circle() != null && this.criteria.order() == SearchOrder.DISTANCE && this.nearest != 0) {
			return nearestFirst(columns, limit);
		}
		return reportQuery(columns, limit, Candidates.POINT_INDEXES, "", "");
	}

	/**
	 * The nearest reports first, from the locations nearest the centre that the viewer may see, by exact point
	 * where it sees the exact point and by sanitised point where it sees that (each a GiST nearest-neighbour walk
	 * in degrees, skipping locations by their audience), instead of every report in the circle (tens of thousands
	 * around a town at a million reports), when that answer is provably the whole one: every such location outside
	 * those lies at least {@code reach} degrees from the centre, so at least
	 * {@code reach · 110,574 m · cos(|latitude| + reach)} away (a degree of latitude is at least 110,574 m, one
	 * of longitude at least 111,319 m · cos latitude), unless the pole or the antimeridian is that near. If the
	 * page found is full and all of it is nearer than that, it is the page; if not, {@value #WIDER} times as many
	 * nearest locations are tried, and then the reports are collected by the point indexes, as for other orders.
	 * Each step after the first runs only when the one before could not prove its page.
	 */
	private String nearestFirst(String columns, int limit) {
		int first = (this.nearest == PER_PAGE) ? NEAREST_PER_REPORT * limit : this.nearest;
		int[] steps = { first, first * WIDER };
		List<String> expressions = new ArrayList<>();
		List<String> found = new ArrayList<>();
		List<String> unproven = new ArrayList<>();
		for (int step = 0; step < steps.length; step++) {
			expressions.add(nearestStep(columns, limit, step, steps[step]));
			List<String> proven = new ArrayList<>(unproven);
			proven.add("(select yes from accepted" + step + ")");
			found.add("select * from walked" + step + " where " + String.join(" and ", proven));
			unproven.add("not (select yes from accepted" + step + ")");
		}
		found.add("(" + reportQuery(columns, limit, Candidates.POINT_INDEXES, "", " and " + String.join(" and ", unproven)) + ")");
		return "with " + String.join(", ", expressions) + " select * from (" + String.join(" union all ", found)
				+ ") found order by sort_key::float8, sort_id limit :limit";
	}

	/**
	 * The common table expressions of one step of {@link #nearestFirst}: its {@code count} nearest locations of
	 * each kind, their reach, the page they give (walked) and whether it is proven (accepted), each named with
	 * the step's number.
	 */
	private String nearestStep(String columns, int limit, int step, int count) {
		String nearest = "nearest" + step;
		String walk = "walk" + step;
		this.parameters.put(nearest, count);
		this.parameters.put(walk, count * WALK);
		String exact = nearestShown("nearest_exact" + step, nearest, walk, "l.latitude", "l.longitude",
				showsExact("l.audience"));
		String sanitized = nearestShown("nearest_sanitized" + step, nearest, walk, "l.sanitized_latitude",
				"l.sanitized_longitude", showsSanitizedOnly("l.audience"));
		String walked = reportQuery(columns, limit, Candidates.NEAREST, String.valueOf(step), "");
		String reach = "reach" + step;
		String bound = "case when " + reach + ".degrees = 'infinity' then 'infinity'::float8"
				+ " when abs(:nearLatitude) + " + reach + ".degrees >= 90 or abs(:nearLongitude) + " + reach
				+ ".degrees >= 180 then 0 else " + reach + ".degrees * 110574 * 0.999 * cos(radians(abs(:nearLatitude) + "
				+ reach + ".degrees)) end";
		return exact + ", " + sanitized + ", " + reach + " as materialized (select least("
				+ reachOf("nearest_exact" + step, nearest, walk) + ", " + reachOf("nearest_sanitized" + step, nearest, walk)
				+ ") as degrees), walked" + step + " as materialized (" + walked + "), accepted" + step
				+ " as materialized (select ((select count(*) from walked" + step + ") >= :limit or " + reach
				+ ".degrees = 'infinity') and coalesce((select max(sort_key::float8) from walked" + step + ") < "
				+ bound + ", true) as yes from " + reach + ")";
	}

	/**
	 * Two common table expressions: {@code name_walk}, the {@code walk} locations nearest the centre by the
	 * point of {@code latitude} and {@code longitude}, whoever they are shown to, and {@code name}, the
	 * {@code nearest} of them that {@code shown} keeps. The walk is bounded so that a viewer shown few locations
	 * that way does not walk the whole index.
	 */
	private static String nearestShown(String name, String nearest, String walk, String latitude, String longitude,
			String shown) {
		String centre = "point(:nearLongitude, :nearLatitude)";
		String point = "point(" + longitude + ", " + latitude + ")";
		return name + "_walk as materialized (select l.report_id, " + latitude + " as latitude, " + longitude
				+ " as longitude, " + point + " <-> " + centre + " as reach, " + shown + " as shown from location l"
				+ " order by " + point + " <-> " + centre + " limit :" + walk + "), " + name
				+ " as materialized (select report_id, latitude, longitude, reach from " + name + "_walk where shown"
				+ " order by reach limit :" + nearest + ")";
	}

	/**
	 * How far, in degrees, every location shown that way is among those of {@code name}: as far as the farthest
	 * of them when there are as many as asked; otherwise as far as the walk went (infinity when it saw every
	 * location there is).
	 */
	private static String reachOf(String name, String nearest, String walk) {
		return "(select case when count(*) >= :" + nearest + " then max(reach)"
				+ " when (select count(*) from " + name + "_walk) >= :" + walk
				+ " then (select max(reach) from " + name + "_walk) else 'infinity'::float8 end from " + name + ")";
	}

	/**
	 * The newest reports in an area, in two steps, since no estimate tells a busy town from an empty sea (the
	 * planner assumes a box holds a tenth of a percent of the points): first the newest {@value #WINDOW}
	 * locations are walked, newest first, in the location_newest index alone (V9), until the page is full,
	 * so a busy area costs a page's worth of reports rather than all of them, collected and sorted (tens of
	 * thousands in a busy town at a million reports). Only when the window ends before the page does, in an
	 * area this quiet its older reports are collected by the point indexes, as other orders do; the one report
	 * whose locations straddle the window's end is left to whichever step finds it.
	 */
	private String newestInArea(String columns, int limit) {
		this.parameters.put("window", this.window);
		String walked = reportQuery(columns, limit, Candidates.NEWEST_WINDOW, "", "");
		String older = reportQuery(columns, limit, Candidates.POINT_INDEXES, "", " and (select count(*) from walked) < :limit"
				+ " and (r.submitted_at, r.id) <= (select l.report_submitted_at, l.report_id from location l"
				+ positionCondition(" where ") + " order by l.report_submitted_at desc, l.report_id desc"
				+ " offset :window - 1 limit 1)"
				+ " and r.id not in (select sort_id from walked)");
		return "with walked as materialized (" + walked + ") select * from walked union all (" + older + ")"
				+ " order by sort_time desc, sort_id desc limit :limit";
	}

	/**
	 * One query of reports, narrowed to those with a candidate location when there is an area: found by the point
	 * indexes, in the newest {@link #WINDOW} locations, or among the nearest of step {@code step} (a number, for
	 * that source only); {@code condition} added to the filters.
	 */
	private String reportQuery(String columns, int limit, Candidates candidates, String step, String condition) {
		String from = switch (candidates) {
			case POINT_INDEXES -> " from report r ";
			case NEWEST_WINDOW -> " from (" + walkedCandidates() + ") hit join report r on r.id = hit.report_id ";
			case NEAREST -> " from (" + nearestCandidates(step) + ") hit join report r on r.id = hit.report_id ";
		};
		StringBuilder sql = new StringBuilder(columns).append(sortKeyColumn("r.id"))
			.append(from)
			.append(ReportRepository.DETAIL)
			.append(textJoins());
		if (this.criteria.circle() != null) {
			sql.append(" cross join lateral (select min(").append(distance()).append(") as distance")
				.append(" from location l where l.report_id = r.id").append(areaConditions()).append(") near");
		}
		sql.append(" where v.detail is not null").append(reportConditions()).append(condition);
		if (this.criteria.hasArea()) {
			if (candidates == Candidates.POINT_INDEXES) {
				sql.append(" and r.id in (select l.report_id from location l where ").append(candidates()).append(')');
			}
			if (this.criteria.circle() != null) {
				sql.append(" and near.distance is not null");
			}
			else {
				sql.append(" and exists (select 1 from location l where l.report_id = r.id")
					.append(areaConditions())
					.append(')');
			}
		}
		return switch (candidates) {
			case POINT_INDEXES -> finish(sql, "r.submitted_at", "r.id", "near.distance", limit);
			// A walk is ordered by its own columns (the same values as r.submitted_at and r.id), so that its
			// order is the query's and a full page ends it.
			case NEWEST_WINDOW -> finish(sql, "hit.report_submitted_at", "hit.report_id", "near.distance", limit);
			// The nearest are taken in the order of their candidate distance, which is the report's for every
			// page nearest first proves whole, so that only a page's worth of reports is looked up.
			case NEAREST -> finish(sql, "r.submitted_at", "hit.report_id", "hit.distance", limit);
		};
	}

	/**
	 * The candidates of one step of nearest first: each report with a location among its nearest, at the
	 * distance of the nearest of those. For any report a proven page holds that is its distance: a location of
	 * it outside the nearest is farther than all the page.
	 */
	private String nearestCandidates(String step) {
		return "select report_id, min(entente_geodesic_meters(latitude, longitude, :nearLatitude, :nearLongitude))"
				+ " as distance from (select report_id, latitude, longitude from nearest_exact" + step
				+ " union all select report_id, latitude, longitude from nearest_sanitized" + step + ") shown"
				+ " group by report_id order by distance, report_id";
	}

	/**
	 * The reports with a candidate location among the newest {@link #WINDOW} locations, newest first, from the
	 * location_newest index alone. The candidate test is on the plain columns the index holds rather than on
	 * points, which the point indexes would serve: asked that way the planner would collect instead of walk.
	 */
	private String walkedCandidates() {
		List<BoundingBox> boxes = this.criteria.candidateBoxes();
		StringBuilder exact = new StringBuilder();
		StringBuilder sanitized = new StringBuilder();
		for (int i = 0; i < boxes.size(); i++) {
			String name = boxParameters("candidate" + i, boxes.get(i));
			exact.append((i > 0) ? " or " : "").append(within("w.longitude", "w.latitude", name));
			sanitized.append((i > 0) ? " or " : "").append(within("w.sanitized_longitude", "w.sanitized_latitude", name));
		}
		// Each location by the point the viewer is shown, as far as its audience tells (the releases decide later),
		// the cheap box test first: most of a walk is outside the area.
		return "select distinct w.report_submitted_at, w.report_id from (select l.report_submitted_at, l.report_id,"
				+ " l.longitude, l.latitude, l.sanitized_longitude, l.sanitized_latitude, l.audience from location l"
				+ positionCondition(" where ") + " order by l.report_submitted_at desc, l.report_id desc limit :window) w"
				+ " where ((" + exact + ") and " + showsExact("w.audience") + " or (" + sanitized + ") and "
				+ showsSanitizedOnly("w.audience") + ")"
				+ " order by w.report_submitted_at desc, w.report_id desc";
	}

	private static String within(String longitude, String latitude, String box) {
		return "(" + longitude + " between :" + box + "West and :" + box + "East and " + latitude + " between :" + box
				+ "South and :" + box + "North)";
	}

	/** After the previous page's last report, on the location_newest index's columns. */
	private String positionCondition(String joint) {
		return (this.criteria.position() != null)
				? joint + "(l.report_submitted_at, l.report_id) < (:positionTime, :positionId)" : "";
	}

	/** Locations, each visible one inside the area, with its report's filters applied. */
	String locations(String columns, int limit) {
		StringBuilder sql = new StringBuilder(columns).append(sortKeyColumn("l.id")).append(locationFrom());
		return finish(sql, "r.submitted_at", "l.id", "near.distance", limit);
	}

	/**
	 * The visible locations in the cells of the map's grid that cover the box (the box of the criteria is those
	 * cells' box): count, centroid and extent of each.
	 */
	String cells(MapGrid grid, MapGrid.Cover cover) {
		this.parameters.put("cell", grid.cellDegrees());
		this.parameters.put("lastColumn", grid.columns() - 1);
		this.parameters.put("lastRow", grid.rows() - 1);
		String column = "least(floor((" + LONGITUDE + " + 180) / :cell), :lastColumn)";
		String row = "least(floor((" + LATITUDE + " + 90) / :cell), :lastRow)";
		return "select " + column + " as column_index, " + row + " as row_index, count(*) as count,"
				+ " avg(" + LONGITUDE + ") as longitude, avg(" + LATITUDE + ") as latitude,"
				+ " min(" + LONGITUDE + ") as west, max(" + LONGITUDE + ") as east,"
				+ " min(" + LATITUDE + ") as south, max(" + LATITUDE + ") as north,"
				+ " (array_agg(l.id))[1] as location_id, (array_agg(r.id))[1] as report_id"
				+ locationFrom() + " and " + coverCondition(cover, column, row, this.parameters) + " group by 1, 2";
	}

	/** Inside the cover's cells, as the grid tells (a location on a cell's edge is in one cell only). */
	static String coverCondition(MapGrid.Cover cover, String column, String row, Map<String, Object> parameters) {
		parameters.put("firstCoverRow", cover.rows().first());
		parameters.put("lastCoverRow", cover.rows().last());
		List<String> columns = new ArrayList<>();
		for (int i = 0; i < cover.columns().size(); i++) {
			parameters.put("firstCoverColumn" + i, cover.columns().get(i).first());
			parameters.put("lastCoverColumn" + i, cover.columns().get(i).last());
			columns.add(column + " between :firstCoverColumn" + i + " and :lastCoverColumn" + i);
		}
		return row + " between :firstCoverRow and :lastCoverRow and (" + String.join(" or ", columns) + ")";
	}

	private String locationFrom() {
		StringBuilder sql = new StringBuilder(" from report r ").append(ReportRepository.DETAIL)
			.append(textJoins())
			.append(" join location l on l.report_id = r.id");
		if (this.criteria.circle() != null) {
			sql.append(" cross join lateral (select ").append(distance()).append(" as distance) near");
		}
		sql.append(" where v.detail is not null").append(reportConditions());
		if (this.criteria.hasArea()) {
			sql.append(" and (").append(candidates()).append(')').append(areaConditions());
		}
		return sql.toString();
	}

	/** The page's position, order and size; {@code time} is the release time, for the time order. */
	private String finish(StringBuilder sql, String time, String id, String distance, int limit) {
		SearchPosition position = this.criteria.position();
		switch (this.criteria.order()) {
			case TIME -> {
				if (position != null) {
					sql.append(" and (").append(time).append(", ").append(id).append(") < (:positionTime, :positionId)");
					this.parameters.put("positionTime", Timestamp.from(Instant.parse(position.key())));
				}
				sql.append(" order by ").append(time).append(" desc, ").append(id).append(" desc");
			}
			case RELEVANCE -> {
				if (position != null) {
					sql.append(" and (relevance.rank, ").append(id).append(") < (:positionRank::real, :positionId)");
					this.parameters.put("positionRank", position.key());
				}
				sql.append(" order by relevance.rank desc, ").append(id).append(" desc");
			}
			case DISTANCE -> {
				if (position != null) {
					sql.append(" and (near.distance, ").append(id).append(") > (:positionDistance::float8, :positionId)");
					this.parameters.put("positionDistance", position.key());
				}
				sql.append(" order by ").append(distance).append(", ").append(id);
			}
		}
		if (position != null) {
			this.parameters.put("positionId", position.id());
		}
		this.parameters.put("limit", limit);
		return sql.append(" limit :limit").toString();
	}

	/** The row's sort key as exact text, for the next page's cursor; the release time for the time order. */
	private String sortKeyColumn(String id) {
		return switch (this.criteria.order()) {
			case TIME -> ", r.submitted_at as sort_time, " + id + " as sort_id";
			case RELEVANCE -> ", relevance.rank::text as sort_key, " + id + " as sort_id";
			case DISTANCE -> ", near.distance::text as sort_key, " + id + " as sort_id";
		};
	}

	/**
	 * The text query in every indexed language, or its words spelt like words of the reports, computed once
	 * (OFFSET 0 keeps the planner from folding it into each row), and the relevance of the report to it: its
	 * full-text rank plus its title's closeness.
	 */
	private String textJoins() {
		if (this.criteria.text() == null) {
			return "";
		}
		this.parameters.put("text", this.criteria.text());
		String query = String.join(" || ",
				CONFIGURATIONS.stream().map((name) -> "plainto_tsquery('" + name + "', :text)").toList());
		String similar = similarWords();
		String tsquery = similar.isEmpty() ? query : "coalesce((" + query + ") || " + similar + ", " + query + ")";
		return " cross join (select " + tsquery + " as tsquery offset 0) query"
				+ " cross join lateral (select (ts_rank(r.search_vector, query.tsquery) + word_similarity(:text, r.title))::real as rank) relevance";
	}

	/**
	 * The other way to match, for a name written another way or transliterated: every word of the text close in
	 * spelling (pg_trgm's word similarity) to a word of the reports, as a query of those words: all of the text's
	 * words, each as any of the reports' words close enough to it. Null when a word has no such word, so that one
	 * rare word cannot carry a whole phrase. Every close word is taken, not the closest few: the vocabulary holds
	 * the words of every report, so a cut-off would let words of reports the viewer may not see crowd out those of
	 * reports it may, and change what it finds; a word only in reports it may not see finds nothing it is shown. The reports' words are those in search_word and,
	 * not yet there, those of the reports written since the vocabulary last learnt (SearchVocabulary).
	 */
	private String similarWords() {
		List<String> words = List.of(this.criteria.text().split("[\\s\\p{Punct}]+")).stream()
			.filter((word) -> word.length() >= MINIMUM_SIMILAR_WORD)
			.toList();
		if (words.isEmpty() || words.size() > MAXIMUM_SIMILAR_WORDS) {
			return "";
		}
		StringBuilder array = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			this.parameters.put("word" + i, words.get(i));
			array.append((i > 0) ? ", " : "").append(":word").append(i);
		}
		this.parameters.put("similarWords", words.size());
		return "(select entente_all_queries(spellings) from (select entente_any_query(plainto_tsquery('simple', spelling.word)) as spellings"
				+ " from unnest(array[" + array + "]::text[]) with ordinality as asked(word, position)"
				+ " cross join lateral (select known.word from (select word from search_word where asked.word <% word"
				+ " union select word from search_word_pending p join report pending on pending.id = p.report_id"
				+ " cross join unnest(entente_search_words(pending.title, pending.body)) as word where asked.word <% word) known"
				+ ") spelling"
				+ " group by asked.position) each having count(*) = :similarWords)";
	}

	private String reportConditions() {
		StringBuilder sql = new StringBuilder();
		condition(sql, "originator", this.criteria.originator(), " and r.originator = :originator");
		condition(sql, "category", this.criteria.category(), " and r.category = :category");
		condition(sql, "handling", this.criteria.handling(), " and r.handling = :handling");
		condition(sql, "observedFrom", timestamp(this.criteria.observedFrom()), " and r.observed_at >= :observedFrom");
		condition(sql, "observedTo", timestamp(this.criteria.observedTo()), " and r.observed_at <= :observedTo");
		condition(sql, "releasedFrom", timestamp(this.criteria.releasedFrom()), " and r.submitted_at >= :releasedFrom");
		condition(sql, "releasedTo", timestamp(this.criteria.releasedTo()), " and r.submitted_at <= :releasedTo");
		condition(sql, "updatedSince", timestamp(this.criteria.updatedSince()), " and r.updated_at >= :updatedSince");
		if (this.criteria.minimumGrading() != null) {
			// Sanitised recipients are not shown the grading, so it must not select for them either.
			condition(sql, "reliability", this.criteria.minimumGrading().reliability(),
					" and v.detail = 'full' and r.source_reliability <= :reliability");
			condition(sql, "credibility", this.criteria.minimumGrading().credibility(),
					" and r.credibility <= :credibility");
		}
		if (this.criteria.hasOutcome() != null) {
			// Every member that may see a report sees its outcomes, so the test needs no viewer of its own.
			sql.append(this.criteria.hasOutcome() ? " and " : " and not ")
				.append("exists (select 1 from outcome o where o.report_id = r.id)");
		}
		if (this.criteria.text() != null) {
			sql.append(" and r.search_vector @@ query.tsquery");
		}
		return sql.toString();
	}

	/**
	 * The candidate locations an index finds: in the narrowest box, by exact or sanitised point, a superset of
	 * what {@link #areaConditions()} then keeps.
	 */
	private String candidates() {
		List<BoundingBox> boxes = this.criteria.candidateBoxes();
		StringBuilder sql = new StringBuilder();
		for (int i = 0; i < boxes.size(); i++) {
			String name = boxParameters("candidate" + i, boxes.get(i));
			String geometry = "box(point(:" + name + "West, :" + name + "South), point(:" + name + "East, :" + name + "North))";
			sql.append((i > 0) ? " or " : "")
				.append("point(l.longitude, l.latitude) <@ ").append(geometry)
				.append(" or point(l.sanitized_longitude, l.sanitized_latitude) <@ ").append(geometry);
		}
		return sql.toString();
	}

	/** Binds a box's edges as {@code <name>West}, {@code South}, {@code East} and {@code North}; answers the name. */
	private String boxParameters(String name, BoundingBox box) {
		this.parameters.put(name + "West", box.west());
		this.parameters.put(name + "South", box.south());
		this.parameters.put(name + "East", box.east());
		this.parameters.put(name + "North", box.north());
		return name;
	}

	/** The exact tests of location {@code l} at the viewer's detail: in the box, the circle and the polygon. */
	private String areaConditions() {
		StringBuilder sql = new StringBuilder();
		BoundingBox box = this.criteria.box();
		if (box != null) {
			this.parameters.put("boxWest", box.west());
			this.parameters.put("boxSouth", box.south());
			this.parameters.put("boxEast", box.east());
			this.parameters.put("boxNorth", box.north());
			sql.append(" and ").append(LATITUDE).append(" between :boxSouth and :boxNorth");
			String joint = box.crossesAntimeridian() ? " or " : " and ";
			sql.append(" and (").append(LONGITUDE).append(" >= :boxWest").append(joint).append(LONGITUDE).append(" <= :boxEast)");
		}
		if (this.criteria.circle() != null) {
			sql.append(" and ").append(distance()).append(" <= :radius");
		}
		if (this.criteria.polygon() != null) {
			List<double[][]> rings = this.criteria.polygon().rings();
			for (int i = 0; i < rings.size(); i++) {
				this.parameters.put("ring" + i, polygonText(rings.get(i)));
				sql.append((i == 0) ? " and " : " and not ")
					.append("point(").append(LONGITUDE).append(", ").append(LATITUDE).append(") <@ :ring").append(i).append("::polygon");
			}
		}
		return sql.toString();
	}

	private String distance() {
		Circle circle = this.criteria.circle();
		this.parameters.put("nearLatitude", circle.latitude());
		this.parameters.put("nearLongitude", circle.longitude());
		this.parameters.put("radius", circle.radiusMeters());
		return "entente_geodesic_meters(" + LATITUDE + ", " + LONGITUDE + ", :nearLatitude, :nearLongitude)";
	}

	private void condition(StringBuilder sql, String name, Object value, String condition) {
		if (value != null) {
			sql.append(condition);
			this.parameters.put(name, value);
		}
	}

	/** PostgreSQL's polygon literal, {@code ((x1,y1),...)}: longitude as x, as the points are made. */
	private static String polygonText(double[][] ring) {
		StringBuilder text = new StringBuilder("(");
		for (int i = 0; i < ring.length - 1; i++) {
			text.append((i > 0) ? "," : "").append('(').append(ring[i][0]).append(',').append(ring[i][1]).append(')');
		}
		return text.append(')').toString();
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	/** Where the candidate reports of an area search come from. */
	private enum Candidates {

		/** Every location in the area's boxes, from the GiST indexes of exact and sanitised points. */
		POINT_INDEXES,

		/** Locations in the area's boxes among the newest {@link SearchSql#WINDOW}, from location_newest. */
		NEWEST_WINDOW,

		/** The nearest locations to the circle's centre of one step (nearest_exact<step> and nearest_sanitized<step>). */
		NEAREST

	}

}
