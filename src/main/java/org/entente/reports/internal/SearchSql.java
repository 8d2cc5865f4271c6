package org.entente.reports.internal;

import java.sql.Timestamp;
import java.time.Instant;
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

	/** Every language the reports are indexed in, so a query finds stemmed forms whatever language it is in. */
	private static final List<String> CONFIGURATIONS = List.of("simple", "english", "french", "russian", "arabic");

	/** Shorter words (articles, prepositions) have too few trigrams to say anything about spelling. */
	private static final int MINIMUM_SIMILAR_WORD = 3;

	/** Past a few words, a query is a phrase to find, not a name to spell-match. */
	private static final int MAXIMUM_SIMILAR_WORDS = 6;

	/** How many of the reports' words, the closest first, a word of the text may stand for. */
	private static final int SPELLINGS = 16;

	/**
	 * How many of the newest locations an area search walks before it collects instead: some 0.1 s of index at
	 * the most, past which an area has so few reports that collecting them is cheaper.
	 */
	private static final int WINDOW = 200_000;

	/**
	 * How many locations nearest the centre, by each kind of point, a nearest-first search takes before it
	 * collects the whole circle instead: enough for a page of a hundred reports of three locations each, with the
	 * viewer allowed to see some of them, where a degree of longitude is as short as seven tenths of one of latitude.
	 */
	private static final int NEAREST = 1_500;

	private final SearchCriteria criteria;

	private final Map<String, Object> parameters = new HashMap<>();

	private final int window;

	private final int nearest;

	SearchSql(SearchCriteria criteria, String member) {
		this(criteria, member, WINDOW, NEAREST);
	}

	/**
	 * With a window of {@code window} locations for the newest in an area and {@code nearest} locations for the
	 * nearest to a centre (none: always the whole circle), which tests make small.
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
		if (this.criteria.circle() != null && this.criteria.order() == SearchOrder.DISTANCE && this.nearest > 0) {
			return nearestFirst(columns, limit);
		}
		return reportQuery(columns, limit, Candidates.POINT_INDEXES, "");
	}

	/**
	 * The nearest reports first, from the {@value #NEAREST} locations nearest the centre by exact point and by
	 * sanitised point (each a GiST nearest-neighbour walk, in degrees), instead of every report in the circle
	 * (tens of thousands around a town at a million reports), when that answer is provably the whole one: every
	 * location outside those lies at least {@code reach} degrees from the centre, so at least
	 * {@code reach · 110,574 m · cos(|latitude| + reach)} away (a degree of latitude is at least 110,574 m, one
	 * of longitude at least 111,319 m · cos latitude), unless the pole or the antimeridian is that near. If the
	 * page found is full and all of it is nearer than that, it is the page; otherwise the reports are collected
	 * by the point indexes, as for other orders.
	 */
	private String nearestFirst(String columns, int limit) {
		this.parameters.put("nearest", this.nearest);
		String centre = "point(:nearLongitude, :nearLatitude)";
		String exact = "select l.report_id, point(l.longitude, l.latitude) <-> " + centre + " as reach from location l"
				+ " order by point(l.longitude, l.latitude) <-> " + centre + " limit :nearest";
		String sanitized = "select l.report_id, point(l.sanitized_longitude, l.sanitized_latitude) <-> " + centre
				+ " as reach from location l order by point(l.sanitized_longitude, l.sanitized_latitude) <-> " + centre
				+ " limit :nearest";
		String walked = reportQuery(columns, limit, Candidates.NEAREST, "");
		String bound = "case when reach.degrees = 'infinity' then 'infinity'::float8"
				+ " when abs(:nearLatitude) + reach.degrees >= 90 or abs(:nearLongitude) + reach.degrees >= 180 then 0"
				+ " else reach.degrees * 110574 * 0.999 * cos(radians(abs(:nearLatitude) + reach.degrees)) end";
		String older = reportQuery(columns, limit, Candidates.POINT_INDEXES, " and not (select yes from accepted)");
		return "with nearest_exact as materialized (" + exact + "), nearest_sanitized as materialized (" + sanitized + "),"
				+ " reach as materialized (select least(" + kthReach("nearest_exact") + ", " + kthReach("nearest_sanitized")
				+ ") as degrees), walked as materialized (" + walked + "),"
				+ " accepted as materialized (select ((select count(*) from walked) >= :limit or reach.degrees = 'infinity')"
				+ " and coalesce((select max(sort_key::float8) from walked) < " + bound + ", true) as yes from reach)"
				+ " select * from (select * from walked where (select yes from accepted) union all (" + older + ")) found"
				+ " order by sort_key::float8, sort_id limit :limit";
	}

	/** The distance in degrees of the farthest of the nearest locations, or infinity if there were fewer: all. */
	private static String kthReach(String nearest) {
		return "(select case when count(*) < :nearest then 'infinity'::float8 else max(reach) end from " + nearest + ")";
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
		String walked = reportQuery(columns, limit, Candidates.NEWEST_WINDOW, "");
		String older = reportQuery(columns, limit, Candidates.POINT_INDEXES, " and (select count(*) from walked) < :limit"
				+ " and (r.submitted_at, r.id) <= (select l.report_submitted_at, l.report_id from location l"
				+ positionCondition(" where ") + " order by l.report_submitted_at desc, l.report_id desc"
				+ " offset :window - 1 limit 1)"
				+ " and r.id not in (select sort_id from walked)");
		return "with walked as materialized (" + walked + ") select * from walked union all (" + older + ")"
				+ " order by sort_time desc, sort_id desc limit :limit";
	}

	/**
	 * One query of reports, narrowed to those with a candidate location when there is an area: found by the point
	 * indexes, in the newest {@link #WINDOW} locations, or among the nearest {@link #NEAREST}; {@code condition}
	 * added to the filters.
	 */
	private String reportQuery(String columns, int limit, Candidates candidates, String condition) {
		boolean walk = candidates == Candidates.NEWEST_WINDOW;
		StringBuilder sql = new StringBuilder(columns).append(sortKeyColumn("r.id"))
			.append(walk ? " from (" + walkedCandidates() + ") hit join report r on r.id = hit.report_id "
					: " from report r ")
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
			else if (candidates == Candidates.NEAREST) {
				sql.append(" and r.id in (select report_id from nearest_exact union select report_id from nearest_sanitized)");
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
		// A walk is ordered by its own columns (the same values as r.submitted_at and r.id), so that its order
		// is the query's and a full page ends it.
		return walk ? finish(sql, "hit.report_submitted_at", "hit.report_id", limit)
				: finish(sql, "r.submitted_at", "r.id", limit);
	}

	/**
	 * The reports with a candidate location among the newest {@link #WINDOW} locations, newest first, from the
	 * location_newest index alone. The candidate test is on the plain columns the index holds rather than on
	 * points, which the point indexes would serve: asked that way the planner would collect instead of walk.
	 */
	private String walkedCandidates() {
		List<BoundingBox> boxes = this.criteria.candidateBoxes();
		StringBuilder candidates = new StringBuilder();
		for (int i = 0; i < boxes.size(); i++) {
			String name = boxParameters("candidate" + i, boxes.get(i));
			candidates.append((i > 0) ? " or " : "")
				.append(within("w.longitude", "w.latitude", name))
				.append(" or ")
				.append(within("w.sanitized_longitude", "w.sanitized_latitude", name));
		}
		return "select distinct w.report_submitted_at, w.report_id from (select l.report_submitted_at, l.report_id,"
				+ " l.longitude, l.latitude, l.sanitized_longitude, l.sanitized_latitude from location l"
				+ positionCondition(" where ") + " order by l.report_submitted_at desc, l.report_id desc limit :window) w"
				+ " where " + candidates + " order by w.report_submitted_at desc, w.report_id desc";
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
		return finish(sql, "r.submitted_at", "l.id", limit);
	}

	/**
	 * The visible locations as cells of a grid {@code cellDegrees} wide, starting at the box's west edge (so a
	 * box across the antimeridian stays one grid): count, centroid and extent of each.
	 */
	String cells(double cellDegrees, BoundingBox box) {
		this.parameters.put("cell", cellDegrees);
		this.parameters.put("gridWest", box.west());
		String longitude = "(" + LONGITUDE + " - :gridWest + case when " + LONGITUDE + " < :gridWest then 360 else 0 end)";
		return "select floor(" + longitude + " / :cell) as column_index, floor((" + LATITUDE + " + 90) / :cell) as row_index,"
				+ " count(*) as count, avg(" + longitude + ") as longitude_offset, avg(" + LATITUDE + ") as latitude,"
				+ " min(" + longitude + ") as west_offset, max(" + longitude + ") as east_offset,"
				+ " min(" + LATITUDE + ") as south, max(" + LATITUDE + ") as north,"
				+ " (array_agg(l.id))[1] as location_id, (array_agg(r.id))[1] as report_id"
				+ locationFrom() + " group by 1, 2";
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
	private String finish(StringBuilder sql, String time, String id, int limit) {
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
				sql.append(" order by near.distance, ").append(id);
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
	 * words, each as any of the closest {@value #SPELLINGS} words of the reports. Null when a word has no such
	 * word, so that one rare word cannot carry a whole phrase. The reports' words are those in search_word and,
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
				+ " order by word_similarity(asked.word, known.word) desc, known.word limit " + SPELLINGS + ") spelling"
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

		/** The nearest locations to the circle's centre (nearest_exact and nearest_sanitized). */
		NEAREST

	}

}
