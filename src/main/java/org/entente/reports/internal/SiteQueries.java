package org.entente.reports.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.entente.geo.BoundingBox;
import org.entente.members.Caller;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.NotFoundException;
import org.entente.platform.Page;
import org.entente.reports.internal.SiteRepository.SiteCorroboration;
import org.entente.reports.internal.SiteRepository.SiteReport;
import org.entente.reports.internal.ViewerSites.SeenLocation;
import org.entente.reports.internal.ViewerSites.ViewerSite;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of sites, each as the caller's member sees them: the stored sites split by {@link ViewerSites} into
 * the clusters of the locations it may see.
 */
@Service
@Transactional(readOnly = true)
class SiteQueries {

	private final SiteRepository repository;

	private final SiteSettings settings;

	SiteQueries(SiteRepository repository, SiteSettings settings) {
		this.repository = repository;
		this.settings = settings;
	}

	/**
	 * Sites with a location inside the area, a page after the cursor (the last site's id), in order of stored site
	 * and then of id: ids are random, so their order tells nothing.
	 */
	Page<SiteView> inArea(Caller caller, BoundingBox area, String cursor, int limit) {
		UUID after = (cursor != null) ? decode(cursor) : null;
		UUID fromStored = (after != null) ? this.repository.storedSiteOf(caller.member(), after)
			.orElseThrow(SiteQueries::notACursor) : null;
		// Each stored site found holds at least one site in the area, so limit + 1 of them fill the page.
		List<UUID> stored = this.repository.storedSitesInArea(caller.member(), area, fromStored, limit + 1);
		List<ViewerSite> sites = ViewerSites.of(this.repository.seenIn(caller.member(), stored), this.settings)
			.stream()
			.filter((site) -> site.hasAnyIn(area))
			.filter((site) -> after == null || !site.storedSite().equals(fromStored)
					|| ViewerSites.ID_ORDER.compare(site.id(), after) > 0)
			.toList();
		List<SiteView> page = sites.stream().limit(limit).map((site) -> SiteView.of(site.aggregate())).toList();
		boolean more = sites.size() > limit || (sites.size() == limit && stored.size() > limit);
		return new Page<>(page, more ? encode(page.get(limit - 1).id()) : null);
	}

	/** Repeatable read: the figures and the list of reports come from one snapshot, even if a merge commits between. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	SiteDetail find(Caller caller, UUID id) {
		ViewerSite site = this.repository.storedSiteOf(caller.member(), id)
			.flatMap((stored) -> ViewerSites.of(this.repository.seenIn(caller.member(), List.of(stored)), this.settings)
				.stream()
				.filter((candidate) -> candidate.id().equals(id))
				.findFirst())
			.orElseThrow(() -> new NotFoundException("site " + id));
		List<SiteReport> reports = site.firstOfEachReport()
			.stream()
			.map((location) -> new SiteReport(location.reportId(), location.reference(), location.originator()))
			.toList();
		return new SiteDetail(SiteView.of(site.aggregate()), reports);
	}

	/** Per report, its sites (in the order of their first location in it) and their corroboration as the member sees them. */
	Map<UUID, List<SiteCorroboration>> ofReports(String member, Collection<UUID> reportIds) {
		if (reportIds.isEmpty()) {
			return Map.of();
		}
		List<SeenLocation> seen = this.repository.seenIn(member, this.repository.storedSitesOfReports(reportIds));
		Map<UUID, ViewerSite> siteOfLocation = new HashMap<>();
		ViewerSites.of(seen, this.settings)
			.forEach((site) -> site.locations().forEach((location) -> siteOfLocation.put(location.locationId(), site)));
		Set<UUID> asked = new HashSet<>(reportIds);
		Map<UUID, List<SiteCorroboration>> sites = new LinkedHashMap<>();
		seen.stream()
			.filter((location) -> asked.contains(location.reportId()))
			.sorted(Comparator.comparingInt(SeenLocation::position))
			.forEach((location) -> {
				ViewerSite site = siteOfLocation.get(location.locationId());
				List<SiteCorroboration> ofReport = sites.computeIfAbsent(location.reportId(), (key) -> new ArrayList<>());
				if (ofReport.stream().noneMatch((entry) -> entry.id().equals(site.id()))) {
					ofReport.add(new SiteCorroboration(site.id(), site.reports(), site.members()));
				}
			});
		return sites;
	}

	private static InvalidRequestException notACursor() {
		return new InvalidRequestException("cursor", "format", "is not a cursor this server issued");
	}

	/**
	 * The last site id of a page, opaque: a creation time would tell when a site began, perhaps with a report the
	 * member may not see.
	 */
	private static String encode(UUID id) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static UUID decode(String cursor) {
		try {
			return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException exception) {
			throw notACursor();
		}
	}

}
