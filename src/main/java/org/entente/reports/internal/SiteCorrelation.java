package org.entente.reports.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.entente.geo.BoundingBox;
import org.entente.geo.Distance;
import org.entente.reports.internal.SiteRepository.NearbyPoint;
import org.entente.reports.internal.SiteRepository.SearchBox;
import org.entente.reports.internal.SiteRepository.SitePoint;
import org.entente.reports.internal.SiteRepository.UnlinkedLocation;
import org.entente.reports.internal.ValidReport.ValidLocation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts locations into sites, in the transaction that stores them: single linkage, so a location joins the site of
 * every live location within the link distance ({@link SiteSettings#linkDistance}), and the sites it touches
 * together become one, the oldest keeping its id. One neighbour query serves a whole batch, over the distinct
 * points of live locations ({@code site_point}); the exact geodesic distance is checked here.
 * <p>
 * Every transaction that adds, replaces or withdraws locations holds the correlation lock from before it does so
 * until it commits, and takes it before the ledger's lock (the ledger append comes last in every command), so that
 * a correlation always sees every location committed before it and two never wait on each other.
 * <p>
 * Sites are derived data: the command that stores the locations writes the ledger entry. Sites never split: a
 * location replaced by an amendment or withdrawn with its report no longer counts nor links new ones, but the
 * sites it once joined stay joined.
 */
@Component
class SiteCorrelation {

	private final SiteRepository repository;

	private final SiteSettings settings;

	SiteCorrelation(SiteRepository repository, SiteSettings settings) {
		this.repository = repository;
		this.settings = settings;
	}

	/** The site of each location, in the same order, for locations about to be stored. */
	@Transactional(propagation = Propagation.MANDATORY)
	List<List<UUID>> correlate(List<List<ValidLocation>> locations) {
		List<Point> points = new ArrayList<>();
		locations.forEach((ofReport) -> ofReport
			.forEach((location) -> points.add(new Point(location.latitude(), location.longitude(), location.kind()))));
		List<UUID> sites = sitesOf(points);
		List<List<UUID>> byReport = new ArrayList<>(locations.size());
		int next = 0;
		for (List<ValidLocation> ofReport : locations) {
			byReport.add(sites.subList(next, next + ofReport.size()));
			next += ofReport.size();
		}
		return byReport;
	}

	/** Takes the report's locations out of the neighbour search, before they are replaced or withdrawn. */
	@Transactional(propagation = Propagation.MANDATORY)
	void forget(UUID reportId) {
		this.repository.lockCorrelation();
		this.repository.forgetPoints(reportId);
	}

	/** Puts those of these stored locations that are in no site yet into sites; answers how many. */
	@Transactional(propagation = Propagation.MANDATORY)
	int correlateStored(List<UUID> locationIds) {
		this.repository.lockCorrelation();
		List<UnlinkedLocation> unlinked = this.repository.unlinked(locationIds);
		List<UUID> sites = sitesOf(unlinked.stream().map((location) -> new Point(location.latitude(),
				location.longitude(), location.kind())).toList());
		Map<UUID, UUID> siteByLocation = new LinkedHashMap<>();
		for (int i = 0; i < unlinked.size(); i++) {
			siteByLocation.put(unlinked.get(i).id(), sites.get(i));
		}
		this.repository.link(siteByLocation);
		return unlinked.size();
	}

	/**
	 * Links the points to each other and to the sites of the live points near them, stores the outcome (new
	 * sites, merges, the points with their sites) and answers the site of each point.
	 */
	private List<UUID> sitesOf(List<Point> points) {
		if (points.isEmpty()) {
			return List.of();
		}
		this.repository.lockCorrelation();
		Map<Point, Integer> counts = new LinkedHashMap<>();
		points.forEach((point) -> counts.merge(point, 1, Integer::sum));
		List<Point> distinct = List.copyOf(counts.keySet());
		Linkage linkage = new Linkage(distinct.size());
		linkStored(distinct, linkage);
		linkAmongThemselves(distinct, linkage);
		List<UUID> siteOfPoint = store(linkage);
		Map<Point, UUID> site = new HashMap<>();
		List<SitePoint> live = new ArrayList<>(distinct.size());
		for (int i = 0; i < distinct.size(); i++) {
			Point point = distinct.get(i);
			site.put(point, siteOfPoint.get(i));
			live.add(new SitePoint(point.latitude(), point.longitude(), point.kind(), siteOfPoint.get(i), counts.get(point)));
		}
		this.repository.addPoints(live);
		return points.stream().map(site::get).toList();
	}

	/** One query for the whole batch: the live points in each point's search box, then the exact distance. */
	private void linkStored(List<Point> points, Linkage linkage) {
		List<SearchBox> boxes = new ArrayList<>(points.size());
		for (int i = 0; i < points.size(); i++) {
			for (BoundingBox part : searchBox(points.get(i)).splitAtAntimeridian()) {
				boxes.add(new SearchBox(i, part));
			}
		}
		for (NearbyPoint nearby : this.repository.nearby(boxes)) {
			Point point = points.get(nearby.ordinal());
			if (linked(point, new Point(nearby.latitude(), nearby.longitude(), nearby.kind()))) {
				linkage.linkSite(nearby.ordinal(), nearby.siteId());
			}
		}
	}

	/**
	 * The new points are not in {@code site_point} yet: a sweep in order of latitude pairs each with the points
	 * of its search box, which lie within its latitude band.
	 */
	private void linkAmongThemselves(List<Point> points, Linkage linkage) {
		List<Integer> byLatitude = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			byLatitude.add(i);
		}
		byLatitude.sort(Comparator.comparingDouble((index) -> points.get(index).latitude()));
		for (int i = 0; i < byLatitude.size(); i++) {
			Point point = points.get(byLatitude.get(i));
			BoundingBox box = searchBox(point);
			for (int j = i + 1; j < byLatitude.size() && points.get(byLatitude.get(j)).latitude() <= box.north(); j++) {
				Point other = points.get(byLatitude.get(j));
				if (box.contains(other.latitude(), other.longitude()) && linked(point, other)) {
					linkage.linkPoints(byLatitude.get(i), byLatitude.get(j));
				}
			}
		}
	}

	private BoundingBox searchBox(Point point) {
		return BoundingBox.around(point.latitude(), point.longitude(), this.settings.searchRadius());
	}

	private boolean linked(Point point, Point other) {
		double meters = Distance.geodesicMeters(point.latitude(), point.longitude(), other.latitude(),
				other.longitude());
		return meters <= this.settings.linkDistance(point.kind(), other.kind());
	}

	/**
	 * Each cluster becomes one site: a new one when it touches none, else the oldest it touches, into which the
	 * others are merged. Answers the site of each point.
	 */
	private List<UUID> store(Linkage linkage) {
		List<Cluster> clusters = linkage.clusters();
		boolean merging = clusters.stream().anyMatch((cluster) -> cluster.sites().size() > 1);
		Set<UUID> touched = new LinkedHashSet<>();
		clusters.forEach((cluster) -> touched.addAll(cluster.sites()));
		List<UUID> oldestFirst = merging ? this.repository.oldestFirst(touched) : List.copyOf(touched);
		UUID[] siteOfPoint = new UUID[linkage.points()];
		List<UUID> created = new ArrayList<>();
		for (Cluster cluster : clusters) {
			UUID site = oldestFirst.stream().filter(cluster.sites()::contains).findFirst().orElse(null);
			if (site == null) {
				site = UUID.randomUUID();
				created.add(site);
			}
			else if (cluster.sites().size() > 1) {
				Set<UUID> absorbed = new LinkedHashSet<>(cluster.sites());
				absorbed.remove(site);
				this.repository.merge(site, absorbed);
			}
			for (int point : cluster.points()) {
				siteOfPoint[point] = site;
			}
		}
		if (!created.isEmpty()) {
			this.repository.insertSites(created, Instant.now().truncatedTo(ChronoUnit.MICROS));
		}
		return List.of(siteOfPoint);
	}

	/** Where a location is and its kind, which sets its link distance: all a correlation needs of it. */
	record Point(double latitude, double longitude, String kind) {
	}

	/** Points of the batch and the stored sites they link to: one site to be. */
	record Cluster(List<Integer> points, Set<UUID> sites) {
	}

	/**
	 * Union–find over the batch's points (0 to n − 1) and the sites they link to (numbered from n on first
	 * sight): two points within their link distance are one cluster, and so are a point and the site of a live
	 * point within it, so that two points touching one site end in one cluster too.
	 */
	private static final class Linkage {

		private final int points;

		private final List<Integer> parent = new ArrayList<>();

		private final Map<UUID, Integer> siteNodes = new LinkedHashMap<>();

		Linkage(int points) {
			this.points = points;
			for (int i = 0; i < points; i++) {
				this.parent.add(i);
			}
		}

		int points() {
			return this.points;
		}

		void linkPoints(int point, int other) {
			union(point, other);
		}

		void linkSite(int point, UUID site) {
			union(point, this.siteNodes.computeIfAbsent(site, (key) -> {
				this.parent.add(this.parent.size());
				return this.parent.size() - 1;
			}));
		}

		List<Cluster> clusters() {
			Map<Integer, Cluster> byRoot = new LinkedHashMap<>();
			for (int point = 0; point < this.points; point++) {
				cluster(byRoot, point).points().add(point);
			}
			this.siteNodes.forEach((site, node) -> cluster(byRoot, node).sites().add(site));
			return List.copyOf(byRoot.values());
		}

		private Cluster cluster(Map<Integer, Cluster> byRoot, int node) {
			return byRoot.computeIfAbsent(root(node), (key) -> new Cluster(new ArrayList<>(), new LinkedHashSet<>()));
		}

		private void union(int one, int other) {
			int first = root(one);
			int second = root(other);
			if (first != second) {
				this.parent.set(second, first);
			}
		}

		private int root(int node) {
			int root = node;
			while (this.parent.get(root) != root) {
				root = this.parent.get(root);
			}
			// Path compression: later look-ups along this chain take one step.
			int next = node;
			while (next != root) {
				int up = this.parent.get(next);
				this.parent.set(next, root);
				next = up;
			}
			return root;
		}

	}

}
