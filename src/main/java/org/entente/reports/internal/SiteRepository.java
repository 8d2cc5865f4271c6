package org.entente.reports.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.entente.geo.BoundingBox;
import org.entente.geo.Footprint;
import org.entente.reports.internal.ViewerSites.SeenLocation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The site and site_point tables and location.site_id. Writes link locations into sites; every read takes the
 * locations of stored sites that the caller's member may see ({@link ReportRepository#DETAIL}), of reports not
 * withdrawn, which {@link ViewerSites} splits into the sites that member sees.
 */
@Repository
class SiteRepository {

	/** The key of the transaction-level advisory lock that orders correlations (see {@link #lockCorrelation}). */
	private static final long CORRELATION_LOCK = 0x53495445_4C494E4BL;

	private static final UUID FIRST = new UUID(0, 0);

	/**
	 * The linked locations :member may see, of reports not withdrawn, at the coordinates it sees them at:
	 * sanitised recipients only ever see grid coordinates, of a site's centroid and extent too.
	 */
	private static final String SEEN = """
			select l.site_id, l.id, l.report_id, l.position, r.reference, r.originator, l.kind, r.submitted_at,
			       coalesce(l.observed_at, r.observed_at, r.submitted_at) as seen,
			       case when v.detail = 'full' then l.latitude else l.sanitized_latitude end as lat,
			       case when v.detail = 'full' then l.longitude else l.sanitized_longitude end as lon
			from location l
			join report r on r.id = l.report_id
			""" + ReportRepository.DETAIL + """
			where v.detail is not null and r.withdrawn_at is null and l.site_id is not null
			""";

	/** Both points (exact, sanitised) of each linked location of report ?, as SiteCorrelation adds them. */
	private static final String POINTS_OF_REPORT = """
			select latitude, longitude, kind from location where report_id = ? and site_id is not null
			union all
			select sanitized_latitude, sanitized_longitude, kind from location where report_id = ? and site_id is not null
			""";

	private final JdbcClient jdbc;

	SiteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Orders every correlation after the last committed one, so that each sees all locations stored before it: two
	 * concurrent transactions would otherwise each miss the other's new neighbour. Held until commit; in READ
	 * COMMITTED the statements after it see everything committed before it was granted.
	 */
	void lockCorrelation() {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(CORRELATION_LOCK).query((row) -> {
		});
	}

	/**
	 * The live points within each box, each box searched through the GiST index of site_point, in one statement
	 * for a whole batch.
	 */
	List<NearbyPoint> nearby(List<SearchBox> boxes) {
		int size = boxes.size();
		Integer[] ordinals = new Integer[size];
		Double[][] edges = new Double[4][size];
		for (int i = 0; i < size; i++) {
			SearchBox search = boxes.get(i);
			ordinals[i] = search.ordinal();
			edges[0][i] = search.box().west();
			edges[1][i] = search.box().south();
			edges[2][i] = search.box().east();
			edges[3][i] = search.box().north();
		}
		return this.jdbc.sql("""
				select q.ordinal, p.latitude, p.longitude, p.kind, p.site_id
				from unnest(?::int[], ?::float8[], ?::float8[], ?::float8[], ?::float8[]) as q(ordinal, west, south, east, north)
				join site_point p on point(p.longitude, p.latitude) <@ box(point(q.west, q.south), point(q.east, q.north))
				""")
			.params(ordinals, edges[0], edges[1], edges[2], edges[3])
			.query((row, number) -> new NearbyPoint(row.getInt("ordinal"), row.getDouble("latitude"),
					row.getDouble("longitude"), row.getString("kind"), row.getObject("site_id", UUID.class)))
			.list();
	}

	/** The sites, oldest first: the order in which one of several merged keeps its id. */
	List<UUID> oldestFirst(Collection<UUID> siteIds) {
		return this.jdbc.sql("select id from site where id = any(?) order by created_at, id")
			.param(siteIds.toArray(UUID[]::new))
			.query(UUID.class)
			.list();
	}

	/** One statement for the whole batch: a new site per new place is the common case. */
	void insertSites(Collection<UUID> siteIds, Instant time) {
		this.jdbc.sql("insert into site (id, created_at) select id, ? from unnest(?::uuid[]) as new(id)")
			.params(Timestamp.from(time), siteIds.toArray(UUID[]::new))
			.update();
	}

	/**
	 * Moves every location and point of each absorbed site into the site that absorbs it, and drops the absorbed:
	 * three statements for all the merges of a batch.
	 */
	void merge(Map<UUID, UUID> survivorByAbsorbed) {
		UUID[] absorbed = survivorByAbsorbed.keySet().toArray(UUID[]::new);
		UUID[] survivors = survivorByAbsorbed.values().toArray(UUID[]::new);
		for (String table : List.of("location", "site_point")) {
			this.jdbc.sql("""
					update %s t set site_id = m.survivor
					from unnest(?::uuid[], ?::uuid[]) as m(absorbed, survivor)
					where t.site_id = m.absorbed
					""".formatted(table)).params(absorbed, survivors).update();
		}
		this.jdbc.sql("delete from site where id = any(?)").param(absorbed).update();
	}

	/**
	 * Adds the points of new locations, or counts them to the point already there: that one was found by the
	 * neighbour search at distance 0, so its site is the new one's, merged if need be.
	 */
	void addPoints(List<SitePoint> points) {
		int size = points.size();
		Double[] latitudes = new Double[size];
		Double[] longitudes = new Double[size];
		String[] kinds = new String[size];
		UUID[] sites = new UUID[size];
		Integer[] counts = new Integer[size];
		for (int i = 0; i < size; i++) {
			SitePoint point = points.get(i);
			latitudes[i] = point.latitude();
			longitudes[i] = point.longitude();
			kinds[i] = point.kind();
			sites[i] = point.siteId();
			counts[i] = point.locations();
		}
		this.jdbc.sql("""
				insert into site_point (latitude, longitude, kind, site_id, locations)
				select * from unnest(?::float8[], ?::float8[], ?::text[], ?::uuid[], ?::int[])
				on conflict (latitude, longitude, kind)
				do update set site_id = excluded.site_id, locations = site_point.locations + excluded.locations
				""").params(latitudes, longitudes, kinds, sites, counts).update();
	}

	/**
	 * Counts the report's linked locations off their points, dropping points no live location is at any more, so
	 * that they link no new location.
	 */
	void forgetPoints(UUID reportId) {
		this.jdbc.sql("""
				update site_point p set locations = p.locations - gone.locations
				from (select latitude, longitude, kind, count(*) as locations from (""" + POINTS_OF_REPORT + """
				      ) points group by latitude, longitude, kind) gone
				where p.latitude = gone.latitude and p.longitude = gone.longitude
				  and p.kind is not distinct from gone.kind
				""").param(reportId).param(reportId).update();
		this.jdbc.sql("""
				delete from site_point p
				using (select distinct latitude, longitude, kind from (""" + POINTS_OF_REPORT + """
				      ) points) gone
				where p.latitude = gone.latitude and p.longitude = gone.longitude
				  and p.kind is not distinct from gone.kind and p.locations = 0
				""").param(reportId).param(reportId).update();
	}

	/** Those of these locations still in no site, unless their report is withdrawn. */
	List<UnlinkedLocation> unlinked(Collection<UUID> locationIds) {
		return this.jdbc.sql("""
				select l.id, l.latitude, l.longitude, l.sanitized_latitude, l.sanitized_longitude, l.kind
				from location l join report r on r.id = l.report_id
				where l.id = any(?) and l.site_id is null and r.withdrawn_at is null
				""")
			.param(locationIds.toArray(UUID[]::new))
			.query((row, number) -> new UnlinkedLocation(row.getObject("id", UUID.class), row.getDouble("latitude"),
					row.getDouble("longitude"), row.getDouble("sanitized_latitude"), row.getDouble("sanitized_longitude"),
					row.getString("kind")))
			.list();
	}

	/** Up to {@code limit} locations in no site, of reports not withdrawn: those stored before sites existed. */
	List<UUID> someUnlinked(int limit) {
		return this.jdbc.sql("""
				select l.id from location l join report r on r.id = l.report_id
				where l.site_id is null and r.withdrawn_at is null
				limit ?
				""").param(limit).query(UUID.class).list();
	}

	/** Puts each stored location into its site, in one statement. */
	void link(Map<UUID, UUID> siteByLocation) {
		this.jdbc.sql("""
				update location l set site_id = s.site_id
				from unnest(?::uuid[], ?::uuid[]) as s(location_id, site_id)
				where l.id = s.location_id
				""")
			.params(siteByLocation.keySet().toArray(UUID[]::new), siteByLocation.values().toArray(UUID[]::new))
			.update();
	}

	/**
	 * Up to {@code limit} stored sites, in order of id from {@code from} on (inclusive), with a location the member
	 * sees inside the box at the coordinates it sees; the GiST indexes pre-filter on both the exact and the
	 * sanitised point.
	 */
	List<UUID> storedSitesInArea(String member, BoundingBox area, UUID from, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("member", member);
		params.put("from", (from != null) ? from : FIRST);
		params.put("limit", limit);
		return this.jdbc.sql("select distinct l.site_id from location l join report r on r.id = l.report_id "
				+ ReportRepository.DETAIL + " where v.detail is not null and r.withdrawn_at is null and l.site_id >= :from"
				+ inside(area, params) + " order by l.site_id limit :limit")
			.params(params)
			.query(UUID.class)
			.list();
	}

	/**
	 * The location is inside the area at the coordinates the member sees: a condition on either point that the
	 * GiST indexes answer, then the exact one, per part of an area split at the antimeridian.
	 */
	private static String inside(BoundingBox area, Map<String, Object> params) {
		List<String> indexed = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		List<BoundingBox> parts = area.splitAtAntimeridian();
		for (int i = 0; i < parts.size(); i++) {
			String box = box(params, "b" + i, parts.get(i));
			indexed.add("point(l.longitude, l.latitude) <@ " + box);
			indexed.add("point(l.sanitized_longitude, l.sanitized_latitude) <@ " + box);
			seen.add("(case when v.detail = 'full' then point(l.longitude, l.latitude)"
					+ " else point(l.sanitized_longitude, l.sanitized_latitude) end) <@ " + box);
		}
		return " and (" + String.join(" or ", indexed) + ") and (" + String.join(" or ", seen) + ")";
	}

	/** The stored site of a linked location the member sees, of a report not withdrawn. */
	Optional<UUID> storedSiteOf(String member, UUID locationId) {
		return this.jdbc.sql("select site_id from (" + SEEN + " and l.id = :location) seen")
			.param("member", member)
			.param("location", locationId)
			.query(UUID.class)
			.optional();
	}

	/** The stored sites of these reports' linked locations. */
	Set<UUID> storedSitesOfReports(Collection<UUID> reportIds) {
		return new HashSet<>(this.jdbc.sql("select distinct site_id from location where report_id = any(?) and site_id is not null")
			.param(reportIds.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

	/** Every linked location of these stored sites that the member sees, as it sees it (see {@link ViewerSites}). */
	List<SeenLocation> seenIn(String member, Collection<UUID> storedSites) {
		if (storedSites.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SEEN + " and l.site_id = any(:sites) order by l.site_id")
			.param("member", member)
			.param("sites", storedSites.toArray(UUID[]::new))
			.query((row, number) -> new SeenLocation(row.getObject("site_id", UUID.class),
					row.getObject("id", UUID.class), row.getObject("report_id", UUID.class), row.getInt("position"),
					row.getString("reference"), row.getString("originator"), row.getString("kind"),
					row.getTimestamp("submitted_at").toInstant(), row.getTimestamp("seen").toInstant(),
					row.getDouble("lat"), row.getDouble("lon")))
			.list();
	}

	private static String box(Map<String, Object> params, String name, BoundingBox box) {
		params.put(name + "w", box.west());
		params.put(name + "s", box.south());
		params.put(name + "e", box.east());
		params.put(name + "n", box.north());
		return "box(point(:%1$sw, :%1$ss), point(:%1$se, :%1$sn))".formatted(name);
	}

	/** Where to look for the neighbours of the batch's points of group number {@code ordinal}. */
	record SearchBox(int ordinal, BoundingBox box) {
	}

	/** A live point inside the search box of group number {@code ordinal}. */
	record NearbyPoint(int ordinal, double latitude, double longitude, String kind, UUID siteId) {
	}

	/** A distinct point of live locations, with how many share it. */
	record SitePoint(double latitude, double longitude, String kind, UUID siteId, int locations) {
	}

	/** A location stored before sites existed. */
	record UnlinkedLocation(UUID id, double latitude, double longitude, double sanitizedLatitude,
			double sanitizedLongitude, String kind) {
	}

	/** A site as one member sees it. */
	record SiteAggregate(UUID id, Footprint footprint, int locations, int reports, int members, Instant firstSeen,
			Instant lastSeen) {
	}

	/** A report of a site, as a member sees the site. */
	record SiteReport(UUID id, String reference, String originator) {
	}

	/** A site of a report's locations, and how many reports and originating members corroborate it. */
	record SiteCorroboration(UUID id, int reports, int members) {
	}

}
