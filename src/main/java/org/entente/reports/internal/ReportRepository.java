package org.entente.reports.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.entente.reports.Detail;
import org.entente.reports.ReportViewer;
import org.entente.reports.internal.ReportView.LocationView;
import org.entente.reports.internal.ReportView.ReleaseView;
import org.entente.reports.internal.ValidReport.Release;
import org.entente.reports.internal.ValidReport.ValidLocation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report, report_release, location and report_version tables. Every read joins {@link #DETAIL}, the
 * need-to-know predicate: a row the caller's member may not see never leaves the database.
 */
@Repository
class ReportRepository {

	/**
	 * The detail level at which {@code :member} sees report {@code r}, or null when it may not see it: full for
	 * its originator, otherwise the fullest of its own release and a release to ALL ('full' < 'sanitized').
	 * OFFSET 0 computes it once per report: pulled up into the query, the subquery would be copied into every
	 * use of {@code v.detail}, and a search's area test uses it four times per location.
	 */
	static final String DETAIL = detailFor(":member");

	/** {@link #DETAIL} for the member that {@code member} names: a parameter, or a column of the query. */
	private static String detailFor(String member) {
		return """
				cross join lateral (select case when r.originator = %1$s then 'full'
				    else (select min(rr.detail) from report_release rr
				          where rr.report_id = r.id and rr.member_code in (%1$s, 'ALL')) end as detail offset 0) v
				""".formatted(member);
	}

	/** The columns of a report at the viewer's detail; package-private so the benchmark's baseline runs this very SQL. */
	static final String REPORT_SELECT = """
			select r.id, r.reference, r.version, r.originator, v.detail,
			       case when v.detail = 'full' then r.author end as author,
			       r.title, r.body, r.language, r.category, r.observed_at, r.valid_until,
			       case when v.detail = 'full' then r.source_reliability end as source_reliability,
			       case when v.detail = 'full' then r.credibility end as credibility,
			       r.handling, r.submitted_at, r.updated_at, r.withdrawn_at, r.withdrawn_reason
			""";

	private static final String REPORT_COLUMNS = REPORT_SELECT + " from report r\n";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	ReportRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/** The ids among {@code reportIds} of the reports {@code member} may see, by {@link #DETAIL}. */
	Set<UUID> visibleTo(String member, Collection<UUID> reportIds) {
		String visible = "select r.id from report r " + DETAIL + " where r.id in (:ids) and v.detail is not null";
		return Set.copyOf(this.jdbc.sql(visible)
			.param("member", member)
			.param("ids", reportIds)
			.query(UUID.class)
			.list());
	}

	/** Reserves {@code count} consecutive reference numbers and answers the first. */
	int reserveReferences(String originator, int year, int count) {
		int last = this.jdbc.sql("""
				insert into reference_counter (originator, year, last_value) values (?, ?, ?)
				on conflict (originator, year) do update set last_value = reference_counter.last_value + excluded.last_value
				returning last_value
				""").params(originator, year, count).query(Integer.class).single();
		return last - count + 1;
	}

	void insertReports(List<StoredReport> reports) {
		this.jdbcTemplate.batchUpdate("""
				insert into report (id, reference, originator, author, version, title, body, language, category,
				    observed_at, valid_until, source_reliability, credibility, handling, submitted_at, updated_at)
				values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", reports, reports.size(), (statement, stored) -> {
			ValidReport report = stored.report();
			statement.setObject(1, stored.id());
			statement.setString(2, stored.reference());
			statement.setString(3, stored.originator());
			statement.setString(4, stored.author());
			bindContent(statement, 5, report);
			statement.setTimestamp(14, Timestamp.from(stored.time()));
			statement.setTimestamp(15, Timestamp.from(stored.time()));
		});
	}

	void updateContent(UUID id, int version, ValidReport report, Instant time) {
		this.jdbcTemplate.update("""
				update report set title = ?, body = ?, language = ?, category = ?, observed_at = ?, valid_until = ?,
				    source_reliability = ?, credibility = ?, handling = ?, version = ?, updated_at = ?
				where id = ?
				""", (statement) -> {
			bindContent(statement, 1, report);
			statement.setInt(10, version);
			statement.setTimestamp(11, Timestamp.from(time));
			statement.setObject(12, id);
		});
	}

	void withdraw(UUID id, String reason, Instant time) {
		this.jdbc.sql("update report set withdrawn_at = ?, withdrawn_reason = ?, updated_at = ? where id = ?")
			.params(Timestamp.from(time), reason, Timestamp.from(time), id)
			.update();
	}

	void insertReleases(List<UUID> reportIds, List<List<Release>> releases, Instant time) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < reportIds.size(); i++) {
			for (Release release : releases.get(i)) {
				rows.add(new Object[] { reportIds.get(i), release.member(), release.detail().wireName(),
						Timestamp.from(time) });
			}
		}
		this.jdbcTemplate.batchUpdate("""
				insert into report_release (report_id, member_code, detail, released_at) values (?, ?, ?, ?)
				on conflict (report_id, member_code) do update set detail = excluded.detail, released_at = excluded.released_at
				""", rows);
	}

	void replaceLocations(UUID reportId, List<ValidLocation> locations, List<UUID> sites) {
		this.jdbc.sql("delete from location where report_id = ?").param(reportId).update();
		insertLocations(List.of(reportId), List.of(locations), List.of(sites));
	}

	/** Inserts the locations of each report, each with its site (in the same order, see SiteCorrelation). */
	void insertLocations(List<UUID> reportIds, List<List<ValidLocation>> locations, List<List<UUID>> sites) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < reportIds.size(); i++) {
			List<ValidLocation> ofReport = locations.get(i);
			for (int position = 0; position < ofReport.size(); position++) {
				ValidLocation location = ofReport.get(position);
				rows.add(new Object[] { UUID.randomUUID(), reportIds.get(i), position, location.latitude(),
						location.longitude(), location.precisionMeters(), location.elevationMeters(), location.kind(),
						location.label(), timestamp(location.observedAt()), location.originalText(), location.format(),
						location.sanitizedLatitude(), location.sanitizedLongitude(),
						location.sanitizedPrecisionMeters(), sites.get(i).get(position), reportIds.get(i) });
			}
		}
		// Each location carries its report's release time, so that an area search can walk them newest first
		// in one index (V9); the report row is already written, in this transaction.
		this.jdbcTemplate.batchUpdate("""
				insert into location (id, report_id, position, latitude, longitude, precision_meters, elevation_meters,
				    kind, label, observed_at, original_text, format, sanitized_latitude, sanitized_longitude,
				    sanitized_precision_meters, site_id, report_submitted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select submitted_at from report where id = ?))
				""", rows, new int[] { Types.OTHER, Types.OTHER, Types.INTEGER, Types.DOUBLE, Types.DOUBLE,
				Types.DOUBLE, Types.DOUBLE, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
				Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.OTHER, Types.OTHER });
	}

	void insertVersions(List<UUID> reportIds, List<Integer> versions, List<String> contents, String author,
			Instant time) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < reportIds.size(); i++) {
			rows.add(new Object[] { reportIds.get(i), versions.get(i), Timestamp.from(time), author, contents.get(i) });
		}
		this.jdbcTemplate.batchUpdate("""
				insert into report_version (report_id, version, recorded_at, author, content)
				values (?, ?, ?, ?, ?::jsonb)
				""", rows);
	}

	/** The report as the member sees it, with its locations and releases, locking it when asked to. */
	Optional<ReportView> find(UUID id, String member) {
		List<ReportView> found = this.jdbc.sql(REPORT_COLUMNS + DETAIL + " where r.id = :id and v.detail is not null")
			.param("member", member)
			.param("id", id)
			.query(ReportRepository::report)
			.list();
		return complete(found, member).stream().findFirst();
	}

	/** Locks the report row for a command of its originator; empty when the member may not see it. */
	Optional<LockedReport> lock(UUID id, String member) {
		return locked(id, member, " for update of r");
	}

	/** The facts of a report the member may see, without locking it. */
	Optional<LockedReport> visible(UUID id, String member) {
		return locked(id, member, "");
	}

	private Optional<LockedReport> locked(UUID id, String member, String lock) {
		return this.jdbc.sql("""
				select r.originator, r.version, r.withdrawn_at is not null as withdrawn from report r
				""" + DETAIL + " where r.id = :id and v.detail is not null" + lock)
			.param("member", member)
			.param("id", id)
			.query((row, number) -> new LockedReport(id, row.getString("originator"), row.getInt("version"),
					row.getBoolean("withdrawn")))
			.optional();
	}

	/** Which of {@code members} may see each of the reports, by {@link #DETAIL}, in one query. */
	List<ReportViewer> viewers(Collection<String> members, Collection<UUID> ids) {
		return this.jdbc.sql("select r.id, m.member, r.originator = m.member as originator from report r"
				+ " cross join unnest(?::text[]) m(member) " + detailFor("m.member")
				+ " where r.id = any(?) and v.detail is not null")
			.params(members.toArray(String[]::new), ids.toArray(UUID[]::new))
			.query((row, number) -> new ReportViewer(row.getObject("id", UUID.class), row.getString("member"),
					row.getBoolean("originator")))
			.list();
	}

	String versionContent(UUID id, int version) {
		return this.jdbc.sql("select content::text from report_version where report_id = ? and version = ?")
			.params(id, version)
			.query(String.class)
			.single();
	}

	Map<String, Deliveries.ReleaseTime> releaseTimes(UUID id) {
		Map<String, Deliveries.ReleaseTime> releases = new LinkedHashMap<>();
		this.jdbc.sql("select member_code, detail, released_at from report_release where report_id = ?")
			.param(id)
			.query((row) -> {
				releases.put(row.getString("member_code"), new Deliveries.ReleaseTime(
						Detail.fromWireName(row.getString("detail")), instant(row, "released_at")));
			});
		return releases;
	}

	Map<String, Detail> releases(UUID id) {
		Map<String, Detail> releases = new LinkedHashMap<>();
		this.jdbc.sql("select member_code, detail from report_release where report_id = ? order by member_code")
			.param(id)
			.query((row) -> {
				releases.put(row.getString("member_code"), Detail.fromWireName(row.getString("detail")));
			});
		return releases;
	}

	/** The reports the member may see that meet the criteria, in their order, each with its paging position. */
	List<Found<ReportView>> search(String member, SearchCriteria criteria, int limit) {
		SearchSql search = new SearchSql(criteria, member);
		String sql = search.reports(REPORT_SELECT, limit);
		List<Found<ReportView>> found = this.jdbc.sql(sql)
			.params(search.parameters())
			.query((row, number) -> new Found<>(report(row, number), position(criteria.order(), row)))
			.list();
		if (found.isEmpty()) {
			return found;
		}
		Map<UUID, ReportView> completed = new HashMap<>();
		complete(found.stream().map(Found::item).toList(), member).forEach((view) -> completed.put(view.id(), view));
		return found.stream().map((hit) -> new Found<>(completed.get(hit.item().id()), hit.position())).toList();
	}

	static SearchPosition position(SearchOrder order, ResultSet row) throws SQLException {
		String key = (order == SearchOrder.TIME) ? instant(row, "sort_time").toString() : row.getString("sort_key");
		return new SearchPosition(order, key, row.getObject("sort_id", UUID.class));
	}

	List<VersionView> versions(UUID id, String member) {
		return this.jdbc.sql("""
				select rv.version, rv.recorded_at,
				       case when v.detail = 'full' then rv.author end as author,
				       case when v.detail = 'full' then rv.content else
				           (rv.content - 'author' - 'sourceReliability' - 'credibility' - 'locations')
				           || jsonb_build_object('locations', (
				               select coalesce(jsonb_agg((l - 'lat' - 'lon' - 'precisionMeters' - 'coordinates' - 'sanitized')
				                                         || (l -> 'sanitized') order by ordinal), '[]'::jsonb)
				               from jsonb_array_elements(rv.content -> 'locations') with ordinality as e(l, ordinal)))
				       end::text as content
				from report r
				""" + DETAIL + """
				join report_version rv on rv.report_id = r.id
				where r.id = :id and v.detail is not null
				order by rv.version
				""")
			.param("member", member)
			.param("id", id)
			.query((row, number) -> new VersionView(row.getInt("version"), instant(row, "recorded_at"),
					row.getString("author"), row.getString("content")))
			.list();
	}

	private List<ReportView> complete(List<ReportView> reports, String member) {
		if (reports.isEmpty()) {
			return reports;
		}
		UUID[] ids = reports.stream().map(ReportView::id).toArray(UUID[]::new);
		Map<UUID, List<LocationView>> locations = locations(ids, member);
		Map<UUID, List<ReleaseView>> releases = releaseViews(ids, member);
		return reports.stream()
			.map((report) -> report.with(releases.getOrDefault(report.id(), List.of()),
					locations.getOrDefault(report.id(), List.of())))
			.toList();
	}

	/** Locations at the member's detail level: a sanitised recipient's rows carry only the grid coordinates. */
	private Map<UUID, List<LocationView>> locations(UUID[] ids, String member) {
		Map<UUID, List<LocationView>> locations = new HashMap<>();
		this.jdbc.sql("""
				select l.report_id, l.id, v.detail,
				       case when v.detail = 'full' then l.latitude else l.sanitized_latitude end as lat,
				       case when v.detail = 'full' then l.longitude else l.sanitized_longitude end as lon,
				       case when v.detail = 'full' then l.precision_meters else l.sanitized_precision_meters end as precision_meters,
				       l.elevation_meters, l.kind, l.label, l.observed_at,
				       case when v.detail = 'full' then l.original_text end as original_text,
				       case when v.detail = 'full' then l.format else 'sanitized' end as format
				from report r
				""" + DETAIL + """
				join location l on l.report_id = r.id
				where r.id = any(:ids) and v.detail is not null
				order by l.report_id, l.position
				""").param("member", member).param("ids", ids).query((row) -> {
			locations.computeIfAbsent(row.getObject("report_id", UUID.class), (key) -> new ArrayList<>())
				.add(new LocationView(row.getObject("id", UUID.class), row.getDouble("lat"), row.getDouble("lon"),
						row.getDouble("precision_meters"), (Double) row.getObject("elevation_meters"),
						row.getString("kind"), row.getString("label"), instant(row, "observed_at"),
						row.getString("original_text"), row.getString("format")));
		});
		return locations;
	}

	/** The originator sees every release; a recipient only its own and a release to ALL. */
	private Map<UUID, List<ReleaseView>> releaseViews(UUID[] ids, String member) {
		Map<UUID, List<ReleaseView>> releases = new HashMap<>();
		this.jdbc.sql("""
				select rr.report_id, rr.member_code, rr.detail from report r
				join report_release rr on rr.report_id = r.id
				where r.id = any(:ids) and (r.originator = :member or rr.member_code in (:member, 'ALL'))
				order by rr.report_id, rr.member_code
				""").param("member", member).param("ids", ids).query((row) -> {
			releases.computeIfAbsent(row.getObject("report_id", UUID.class), (key) -> new ArrayList<>())
				.add(new ReleaseView(row.getString("member_code"), row.getString("detail")));
		});
		return releases;
	}

	private static ReportView report(ResultSet row, int number) throws SQLException {
		Instant withdrawnAt = instant(row, "withdrawn_at");
		return new ReportView(row.getObject("id", UUID.class), row.getString("reference"), row.getInt("version"),
				row.getString("originator"), row.getString("author"), row.getString("title"), row.getString("body"),
				row.getString("language"), row.getString("category"), instant(row, "observed_at"),
				instant(row, "valid_until"), row.getString("source_reliability"),
				(Integer) row.getObject("credibility", Integer.class), row.getString("handling"),
				row.getString("detail"), List.of(), instant(row, "submitted_at"), instant(row, "updated_at"),
				withdrawnAt != null, withdrawnAt, row.getString("withdrawn_reason"), List.of());
	}

	private static void bindContent(PreparedStatement statement, int first, ValidReport report) throws SQLException {
		statement.setString(first, report.title());
		statement.setString(first + 1, report.body());
		statement.setString(first + 2, report.language());
		statement.setString(first + 3, report.category());
		statement.setTimestamp(first + 4, timestamp(report.observedAt()));
		statement.setTimestamp(first + 5, timestamp(report.validUntil()));
		statement.setString(first + 6, report.sourceReliability());
		statement.setObject(first + 7, report.credibility(), Types.SMALLINT);
		statement.setString(first + 8, report.handling());
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A report about to be stored, with the identity it was given. */
	record StoredReport(UUID id, String reference, String originator, String author, Instant time,
			ValidReport report) {
	}

	/** The facts a command needs of a report it holds the lock of. */
	record LockedReport(UUID id, String originator, int version, boolean withdrawn) {
	}

	record VersionView(int version, Instant recordedAt, String author, String content) {
	}

	/** A row a search found, with where the next page starts when it is the last row of this one. */
	record Found<T>(T item, SearchPosition position) {
	}

}
