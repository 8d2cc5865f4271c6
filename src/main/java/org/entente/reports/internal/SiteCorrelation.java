package org.entente.reports.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * points of live locations ({@code site_point}), one box per neighbourhood of the batch; the exact geodesic
 * distance is checked here.
 * <p>
 * Every transaction that adds, replaces or withdraws locations holds the correlation lock from before it does so
 * until it commits, and takes it before the ledger's lock (the ledger append comes last in every command), so that
 * a correlation always sees every location committed before it and two never wait on each other.
 * <p>
 * Each location is linked by both of its points, the exact one and the sanitised one, to both points of the others:
 * a member sees a location at one of the two, so a stored site holds every site any member can see, and the reads
 * ({@link ViewerSites}) split it into what each member sees, linked at the coordinates it sees, without ever
 * joining what a location it may not see has joined.
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
		locations.forEach((ofReport) -> ofReport.forEach((location) -> {
			points.add(new Point(location.latitude(), location.longitude(), location.kind()));
			points.add(new Point(location.sanitizedLatitude(), location.sanitizedLongitude(), location.kind()));
		}));
		List<UUID> sites = sitesOfLocations(points);
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
		List<Point> points = new ArrayList<>();
		unlinked.forEach((location) -> {
			points.add(new Point(location.latitude(), location.longitude(), location.kind()));
			points.add(new Point(location.sanitizedLatitude(), location.sanitizedLongitude(), location.kind()));
		});
		List<UUID> sites = sitesOfLocations(points);
		Map<UUID, UUID> siteByLocation = new LinkedHashMap<>();
		for (int i = 0; i < unlinked.size(); i++) {
			siteByLocation.put(unlinked.get(i).id(), sites.get(i));
		}
		this.repository.link(siteByLocation);
		return unlinked.size();
	}

	/**
	 * The site of each location, from its two points in order (exact, sanitised; two per location): one site, as
	 * a location is one thing whichever way a member sees it.
	 */
	private List<UUID> sitesOfLocations(List<Point> points) {
		List<UUID> sites = sitesOf(points);
		List<UUID> ofLocations = new ArrayList<>(points.size() / 2);
		for (int i = 0; i < points.size(); i += 2) {
			ofLocations.add(sites.get(i));
		}
		return ofLocations;
	}

	/**
	 * Links the points (two per location: exact, sanitised) to each other and to the sites of the live points near
	 * them, stores the outcome (new sites, merges, the points with their sites) and answers the site of each point.
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
		Map<Point, Integer> indexOf = new HashMap<>();
		for (int i = 0; i < distinct.size(); i++) {
			indexOf.put(distinct.get(i), i);
		}
		for (int i = 0; i < points.size(); i += 2) {
			linkage.linkPoints(indexOf.get(points.get(i)), indexOf.get(points.get(i + 1)));
		}
		List<BoundingBox> boxes = distinct.stream().map(this::searchBox).toList();
		// Among themselves first: in a dense place the batch is then a few clusters, each checked once per site.
		linkAmongThemselves(distinct, boxes, linkage);
		linkStored(distinct, boxes, linkage);
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

	/**
	 * One query for the whole batch, one box per neighbourhood (see {@link #neighbourhoods}); each live point
	 * found is measured against the neighbourhood's points whose box holds it, unless they are linked to its site
	 * already: in a dense place the first link spares every later measurement.
	 */
	private void linkStored(List<Point> points, List<BoundingBox> boxes, Linkage linkage) {
		List<Neighbourhood> neighbourhoods = neighbourhoods(points, boxes);
		List<SearchBox> searches = new ArrayList<>();
		for (int i = 0; i < neighbourhoods.size(); i++) {
			for (BoundingBox part : neighbourhoods.get(i).box().splitAtAntimeridian()) {
				searches.add(new SearchBox(i, part));
			}
		}
		Set<List<Object>> wholly = new HashSet<>();
		for (NearbyPoint nearby : this.repository.nearby(searches)) {
			List<Object> neighbourhoodAndSite = List.of(nearby.ordinal(), nearby.siteId());
			if (!wholly.contains(neighbourhoodAndSite) && link(points, boxes, linkage,
					neighbourhoods.get(nearby.ordinal()).points(), nearby)) {
				wholly.add(neighbourhoodAndSite);
			}
		}
	}

	/**
	 * Links the stored point to those of the neighbourhood's points within reach; answers whether all of them are
	 * linked to its site now, which spares the site's later points in this neighbourhood any measurement.
	 */
	private boolean link(List<Point> points, List<BoundingBox> boxes, Linkage linkage, List<Integer> neighbourhood,
			NearbyPoint nearby) {
		Point stored = new Point(nearby.latitude(), nearby.longitude(), nearby.kind());
		boolean wholly = true;
		for (int index : neighbourhood) {
			if (linkage.linkedToSite(index, nearby.siteId())) {
				continue;
			}
			if (boxes.get(index).contains(stored.latitude(), stored.longitude()) && linked(points.get(index), stored)) {
				linkage.linkSite(index, nearby.siteId());
			}
			else {
				wholly = false;
			}
		}
		return wholly;
	}

	/**
	 * The batch's points in tiles about the search radius on a side, each tile searched with one box: around the
	 * middle of its points, as far as the radius plus the farthest of them, which holds every point within the
	 * radius of any of them (triangle inequality). A dense batch so reads each stored point a few times, not
	 * once per new point near it. A point alone in its tile, or beyond 80° where tiles would be slivers, has
	 * its own box.
	 */
	private List<Neighbourhood> neighbourhoods(List<Point> points, List<BoundingBox> boxes) {
		double tile = this.settings.searchRadius() / SiteSettings.METERS_PER_DEGREE_OF_LATITUDE;
		Map<List<Long>, List<Integer>> tiles = new LinkedHashMap<>();
		List<Neighbourhood> neighbourhoods = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			Point point = points.get(i);
			if (Math.abs(point.latitude()) > 80) {
				neighbourhoods.add(new Neighbourhood(List.of(i), boxes.get(i)));
				continue;
			}
			long band = (long) Math.floor(point.latitude() / tile);
			double width = tile / Math.cos(Math.toRadians((band + 0.5) * tile));
			tiles.computeIfAbsent(List.of(band, (long) Math.floor(point.longitude() / width)), (key) -> new ArrayList<>())
				.add(i);
		}
		for (List<Integer> members : tiles.values()) {
			neighbourhoods.add((members.size() == 1) ? new Neighbourhood(members, boxes.get(members.get(0)))
					: new Neighbourhood(members, aroundAll(points, members)));
		}
		return neighbourhoods;
	}

	/** A tile never straddles the antimeridian (its columns are cut from -180), so its middle is plain. */
	private BoundingBox aroundAll(List<Point> points, List<Integer> members) {
		double south = 90;
		double north = -90;
		double west = 180;
		double east = -180;
		for (int index : members) {
			Point point = points.get(index);
			south = Math.min(south, point.latitude());
			north = Math.max(north, point.latitude());
			west = Math.min(west, point.longitude());
			east = Math.max(east, point.longitude());
		}
		double latitude = (south + north) / 2;
		double longitude = (west + east) / 2;
		double reach = 0;
		for (int index : members) {
			Point point = points.get(index);
			reach = Math.max(reach, Distance.geodesicMeters(latitude, longitude, point.latitude(), point.longitude()));
		}
		return BoundingBox.around(latitude, longitude, this.settings.searchRadius() + reach);
	}

	/**
	 * The new points are not in {@code site_point} yet: a sweep in order of latitude pairs each with the points
	 * of its search box, which lie within its latitude band.
	 */
	private void linkAmongThemselves(List<Point> points, List<BoundingBox> boxes, Linkage linkage) {
		List<Integer> byLatitude = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			byLatitude.add(i);
		}
		byLatitude.sort(Comparator.comparingDouble((index) -> points.get(index).latitude()));
		for (int i = 0; i < byLatitude.size(); i++) {
			int index = byLatitude.get(i);
			BoundingBox box = boxes.get(index);
			for (int j = i + 1; j < byLatitude.size() && points.get(byLatitude.get(j)).latitude() <= box.north(); j++) {
				int other = byLatitude.get(j);
				if (!linkage.samePoints(index, other)
						&& box.contains(points.get(other).latitude(), points.get(other).longitude())
						&& linked(points.get(index), points.get(other))) {
					linkage.linkPoints(index, other);
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
		Map<UUID, UUID> survivorByAbsorbed = new LinkedHashMap<>();
		for (Cluster cluster : clusters) {
			UUID site = oldestFirst.stream().filter(cluster.sites()::contains).findFirst().orElse(null);
			if (site == null) {
				site = UUID.randomUUID();
				created.add(site);
			}
			for (UUID absorbed : cluster.sites()) {
				if (!absorbed.equals(site)) {
					survivorByAbsorbed.put(absorbed, site);
				}
			}
			for (int point : cluster.points()) {
				siteOfPoint[point] = site;
			}
		}
		if (!survivorByAbsorbed.isEmpty()) {
			this.repository.merge(survivorByAbsorbed);
		}
		if (!created.isEmpty()) {
			this.repository.insertSites(created, Instant.now().truncatedTo(ChronoUnit.MICROS));
		}
		return List.of(siteOfPoint);
	}

	/** Where a location is and its kind, which sets its link distance: all a correlation needs of it. */
	record Point(double latitude, double longitude, String kind) {

		/**
		 * -0.0 becomes 0.0: a record tells them apart, PostgreSQL does not, and two rows of one upsert that
		 * PostgreSQL sees as one point fail it.
		 */
		Point {
			latitude += 0.0;
			longitude += 0.0;
		}

	}

	/** Points of the batch near each other, searched with one box. */
	record Neighbourhood(List<Integer> points, BoundingBox box) {
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

		/** Whether the two points are in one cluster already, so that their distance need not be measured. */
		boolean samePoints(int point, int other) {
			return root(point) == root(other);
		}

		boolean linkedToSite(int point, UUID site) {
			Integer node = this.siteNodes.get(site);
			return node != null && root(node) == root(point);
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
