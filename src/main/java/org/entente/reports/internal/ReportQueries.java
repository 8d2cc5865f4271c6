package org.entente.reports.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.members.Caller;
import org.entente.platform.NotFoundException;
import org.entente.platform.Page;
import org.entente.reports.internal.ReportRepository.Found;
import org.entente.reports.internal.ReportRepository.VersionView;
import org.entente.reports.internal.SiteRepository.SiteCorroboration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reads of reports, each answered only from what the caller's member may see. */
@Service
@Transactional(readOnly = true)
class ReportQueries {

	private final ReportRepository repository;

	private final SiteQueries sites;

	ReportQueries(ReportRepository repository, SiteQueries sites) {
		this.repository = repository;
		this.sites = sites;
	}

	ReportDetail find(Caller caller, UUID id) {
		ReportView report = this.repository.find(id, caller.member())
			.orElseThrow(() -> new NotFoundException("report " + id));
		return new ReportDetail(report, this.sites.ofReports(caller.member(), List.of(id)).getOrDefault(id, List.of()));
	}

	/** The page of reports found, each with its sites as the caller's member sees them, in one more query. */
	Page<ReportDetail> search(Caller caller, SearchCriteria criteria, int limit) {
		Page<ReportView> reports = page(this.repository.search(caller.member(), criteria, limit + 1), limit);
		if (reports.items().isEmpty()) {
			return new Page<>(List.of(), reports.next());
		}
		Map<UUID, List<SiteCorroboration>> sites = this.sites.ofReports(caller.member(),
				reports.items().stream().map(ReportView::id).toList());
		List<ReportDetail> details = reports.items().stream()
			.map((report) -> new ReportDetail(report, sites.getOrDefault(report.id(), List.of())))
			.toList();
		return new Page<>(details, reports.next());
	}

	/** One page of what was found, asked with one row more than the page so as to know whether more follow. */
	static <T> Page<T> page(List<Found<T>> found, int limit) {
		List<T> items = found.stream().limit(limit).map(Found::item).toList();
		String next = (found.size() > limit) ? found.get(limit - 1).position().encode() : null;
		return new Page<>(items, next);
	}

	List<VersionView> versions(Caller caller, UUID id) {
		List<VersionView> versions = this.repository.versions(id, caller.member());
		if (versions.isEmpty()) {
			throw new NotFoundException("report " + id);
		}
		return versions;
	}

}
