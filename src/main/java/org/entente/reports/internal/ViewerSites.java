package org.entente.reports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.entente.geo.BoundingBox;
import org.entente.geo.Distance;
import org.entente.geo.Footprint;
import org.entente.reports.internal.SiteRepository.SiteAggregate;

/**
 * The sites one member sees: the stored sites split into the clusters of the locations it may see, linked at the
 * coordinates it sees them at (exact, or sanitised) by the same rule as the correlation. A stored site links by
 * both points of every location (see {@link SiteCorrelation}), so it holds every such cluster whole; splitting it
 * gives exactly the sites the member would find among the locations it sees alone, so a location it may not see
 * never joins two of its sites, and a sanitised location never links by the point it is not shown.
 * <p>
 * A site's id is that of its oldest location the member sees (the earliest submitted report's, then the first in
 * that report): chosen from what the member sees alone, so it says nothing of the others; kept when the site grows
 * or absorbs a younger one; new when that report is amended, as an amendment gives its locations new ids.
 */
final class ViewerSites {

	/** Ids ordered as PostgreSQL orders uuids, byte by byte, so that pages of sites follow the SQL's order. */
	static final Comparator<UUID> ID_ORDER = Comparator.comparing(UUID::toString);

	private static final Comparator<SeenLocation> OLDEST_FIRST = Comparator.comparing(SeenLocation::submittedAt)
		.thenComparing(SeenLocation::reportId, ID_ORDER)
		.thenComparingInt(SeenLocation::position);

	/** Up to this many locations, the sweep is quicker than building the grid. */
	private static final int FEW = 1_000;

	private ViewerSites() {
	}

	/** The member's sites among these locations, of whatever stored sites, each stored site's in order of id. */
	static List<ViewerSite> of(List<SeenLocation> locations, SiteSettings settings) {
		Map<UUID, List<SeenLocation>> byStoredSite = new LinkedHashMap<>();
		locations.forEach((location) -> byStoredSite.computeIfAbsent(location.storedSite(), (key) -> new ArrayList<>())
			.add(location));
		List<ViewerSite> sites = new ArrayList<>();
		byStoredSite.forEach((storedSite, ofSite) -> sites.addAll(split(storedSite, ofSite, settings)));
		return sites;
	}

	private static List<ViewerSite> split(UUID storedSite, List<SeenLocation> locations, SiteSettings settings) {
		int[] parent = new int[locations.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		if (locations.size() <= FEW || !CellLinking.link(locations, settings, parent)) {
			sweep(locations, settings, parent);
		}
		Map<Integer, List<SeenLocation>> clusters = new LinkedHashMap<>();
		for (int i = 0; i < locations.size(); i++) {
			clusters.computeIfAbsent(root(parent, i), (key) -> new ArrayList<>()).add(locations.get(i));
		}
		return clusters.values()
			.stream()
			.map((cluster) -> new ViewerSite(cluster.stream().min(OLDEST_FIRST).orElseThrow().locationId(), storedSite,
					List.copyOf(cluster)))
			.sorted(Comparator.comparing(ViewerSite::id, ID_ORDER))
			.toList();
	}

	/**
	 * A sweep in order of latitude, as the correlation's: each location meets those within its search box. Exact
	 * anywhere, near the poles too, but it meets every location of its latitude band: thousands in a dense town.
	 */
	static void sweep(List<SeenLocation> locations, SiteSettings settings, int[] parent) {
		List<Integer> byLatitude = new ArrayList<>();
		for (int i = 0; i < locations.size(); i++) {
			byLatitude.add(i);
		}
		byLatitude.sort(Comparator.comparingDouble((index) -> locations.get(index).latitude()));
		for (int i = 0; i < byLatitude.size(); i++) {
			SeenLocation location = locations.get(byLatitude.get(i));
			BoundingBox box = BoundingBox.around(location.latitude(), location.longitude(), settings.searchRadius());
			for (int j = i + 1; j < byLatitude.size() && locations.get(byLatitude.get(j)).latitude() <= box.north(); j++) {
				SeenLocation other = locations.get(byLatitude.get(j));
				if (root(parent, byLatitude.get(i)) != root(parent, byLatitude.get(j))
						&& box.contains(other.latitude(), other.longitude()) && linked(location, other, settings)) {
					union(parent, byLatitude.get(i), byLatitude.get(j));
				}
			}
		}
	}

	/**
	 * Within the link distance, geodesic. Two bounds reject most pairs first, at a few nanoseconds instead of a
	 * geodesic's microseconds: the distance is never less than the meridian arc between the two parallels (at least
	 * 110,574 m a degree), nor, away from the poles, than the arc of longitude on the parallel nearer the pole, with
	 * a degree of latitude's margin for a geodesic bending towards it.
	 */
	static boolean linked(SeenLocation location, SeenLocation other, SiteSettings settings) {
		double limit = settings.linkDistance(location.kind(), other.kind());
		if (Math.abs(location.latitude() - other.latitude()) * 110_000 > limit) {
			return false;
		}
		double poleward = Math.max(Math.abs(location.latitude()), Math.abs(other.latitude())) + 1;
		if (poleward < 89) {
			double longitudes = Math.abs(location.longitude() - other.longitude());
			double apart = Math.min(longitudes, 360 - longitudes);
			if (apart * 110_000 * Math.cos(Math.toRadians(poleward)) > limit) {
				return false;
			}
		}
		if (limit <= 10_000 && poleward < 81 && plainMeters(location, other) * 1.005 <= limit) {
			return true;
		}
		return Distance.geodesicMeters(location.latitude(), location.longitude(), other.latitude(),
				other.longitude()) <= limit;
	}

	/**
	 * The distance on a plane laid at the two locations, each degree at the most metres it can hold there (111,700
	 * of latitude, of longitude times the cosine of the latitude nearer the equator): above the geodesic distance
	 * over the few kilometres it is used for, away from the poles, so that near pairs need no geodesic.
	 */
	private static double plainMeters(SeenLocation location, SeenLocation other) {
		double longitudes = Math.abs(location.longitude() - other.longitude());
		double equatorward = Math.min(Math.abs(location.latitude()), Math.abs(other.latitude()));
		return Math.hypot((location.latitude() - other.latitude()) * 111_700,
				Math.min(longitudes, 360 - longitudes) * 111_700 * Math.cos(Math.toRadians(equatorward)));
	}

	static void union(int[] parent, int one, int other) {
		parent[root(parent, other)] = root(parent, one);
	}

	static int root(int[] parent, int node) {
		int root = node;
		while (parent[root] != root) {
			root = parent[root];
		}
		while (parent[node] != root) {
			int up = parent[node];
			parent[node] = root;
			node = up;
		}
		return root;
	}

	/**
	 * A location as a member sees it: at its detail's coordinates, of a report it may see and not withdrawn.
	 *
	 * @param storedSite the stored site it is linked into
	 * @param seen its observation time, else its report's, else the report's submission
	 */
	record SeenLocation(UUID storedSite, UUID locationId, UUID reportId, int position, String reference,
			String originator, String kind, Instant submittedAt, Instant seen, double latitude, double longitude) {
	}

	/** One site as the member sees it: its id and the locations it sees in it. */
	record ViewerSite(UUID id, UUID storedSite, List<SeenLocation> locations) {

		boolean contains(UUID locationId) {
			return this.locations.stream().anyMatch((location) -> location.locationId().equals(locationId));
		}

		boolean hasAnyIn(BoundingBox area) {
			return this.locations.stream().anyMatch((location) -> area.contains(location.latitude(), location.longitude()));
		}

		int reports() {
			return (int) this.locations.stream().map(SeenLocation::reportId).distinct().count();
		}

		int members() {
			return (int) this.locations.stream().map(SeenLocation::originator).distinct().count();
		}

		/** Its reports, each once, by reference. */
		List<SeenLocation> firstOfEachReport() {
			Set<UUID> seen = new HashSet<>();
			return this.locations.stream()
				.sorted(Comparator.comparing(SeenLocation::reference))
				.filter((location) -> seen.add(location.reportId()))
				.toList();
		}

		SiteAggregate aggregate() {
			double x = 0;
			double y = 0;
			double z = 0;
			double south = 90;
			double north = -90;
			double west = 180;
			double east = -180;
			double west360 = 360;
			double east360 = 0;
			Instant first = Instant.MAX;
			Instant last = Instant.MIN;
			for (SeenLocation location : this.locations) {
				double latitude = Math.toRadians(location.latitude());
				double longitude = Math.toRadians(location.longitude());
				x += Math.cos(latitude) * Math.cos(longitude);
				y += Math.cos(latitude) * Math.sin(longitude);
				z += Math.sin(latitude);
				south = Math.min(south, location.latitude());
				north = Math.max(north, location.latitude());
				west = Math.min(west, location.longitude());
				east = Math.max(east, location.longitude());
				double longitude360 = (location.longitude() < 0) ? location.longitude() + 360 : location.longitude();
				west360 = Math.min(west360, longitude360);
				east360 = Math.max(east360, longitude360);
				first = first.isBefore(location.seen()) ? first : location.seen();
				last = last.isAfter(location.seen()) ? last : location.seen();
			}
			int count = this.locations.size();
			Footprint footprint = new Footprint.Aggregates(x / count, y / count, z / count, south, north, west, east,
					west360, east360).footprint();
			return new SiteAggregate(this.id, footprint, count, reports(), members(), first, last);
		}

	}

}
