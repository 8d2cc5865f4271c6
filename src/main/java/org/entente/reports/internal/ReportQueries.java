package org.entente.reports.internal;

import java.util.List;
import java.util.UUID;

import org.entente.members.Caller;
import org.entente.platform.NotFoundException;
import org.entente.platform.Page;
import org.entente.reports.internal.ReportRepository.Found;
import org.entente.reports.internal.ReportRepository.VersionView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reads of reports, each answered only from what the caller's member may see. */
@Service
@Transactional(readOnly = true)
class ReportQueries {

	private final ReportRepository repository;

	ReportQueries(ReportRepository repository) {
		this.repository = repository;
	}

	ReportView find(Caller caller, UUID id) {
		return this.repository.find(id, caller.member()).orElseThrow(() -> new NotFoundException("report " + id));
	}

	Page<ReportView> search(Caller caller, SearchCriteria criteria, int limit) {
		return page(this.repository.search(caller.member(), criteria, limit + 1), limit);
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
