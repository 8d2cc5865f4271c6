package org.entente.reports.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.geo.BoundingBox;
import org.entente.members.Caller;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.NotFoundException;
import org.entente.platform.Page;
import org.entente.reports.internal.SiteRepository.SiteAggregate;
import org.entente.reports.internal.SiteRepository.SiteCorroboration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The reads of sites, each computed from what the caller's member may see. */
@Service
@Transactional(readOnly = true)
class SiteQueries {

	private final SiteRepository repository;

	SiteQueries(SiteRepository repository) {
		this.repository = repository;
	}

	/** Sites in order of id, a page after the cursor: ids are random, so their order tells nothing. */
	Page<SiteView> inArea(Caller caller, BoundingBox area, String cursor, int limit) {
		UUID after = (cursor != null) ? decode(cursor) : null;
		List<SiteAggregate> sites = this.repository.inArea(caller.member(), area, after, limit + 1);
		List<SiteView> page = sites.stream().limit(limit).map(SiteView::of).toList();
		String next = (sites.size() > limit) ? encode(page.get(limit - 1).id()) : null;
		return new Page<>(page, next);
	}

	/** Repeatable read: the figures and the list of reports come from one snapshot, even if a merge commits between. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	SiteDetail find(Caller caller, UUID id) {
		SiteAggregate site = this.repository.find(caller.member(), id)
			.orElseThrow(() -> new NotFoundException("site " + id));
		return new SiteDetail(SiteView.of(site), this.repository.reports(caller.member(), id));
	}

	/** Per report, its sites and their corroboration as the member sees them. */
	Map<UUID, List<SiteCorroboration>> ofReports(String member, Collection<UUID> reportIds) {
		return reportIds.isEmpty() ? Map.of() : this.repository.ofReports(member, reportIds);
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
			throw new InvalidRequestException("cursor", "format", "is not a cursor this server issued");
		}
	}

}
