package org.entente.reports.internal;

import java.util.List;
import java.util.UUID;

import org.entente.members.Caller;
import org.entente.platform.Cursor;
import org.entente.platform.NotFoundException;
import org.entente.platform.Page;
import org.entente.reports.internal.ReportRepository.ReportFilter;
import org.entente.reports.internal.ReportRepository.VersionView;

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

	Page<ReportView> list(Caller caller, ReportFilter filter, int limit) {
		List<ReportView> reports = this.repository.list(caller.member(), filter, limit + 1);
		if (reports.size() <= limit) {
			return new Page<>(reports, null);
		}
		List<ReportView> page = reports.subList(0, limit);
		ReportView last = page.get(limit - 1);
		return new Page<>(page, new Cursor(last.submittedAt(), last.id()).encode());
	}

	List<VersionView> versions(Caller caller, UUID id) {
		List<VersionView> versions = this.repository.versions(id, caller.member());
		if (versions.isEmpty()) {
			throw new NotFoundException("report " + id);
		}
		return versions;
	}

}
