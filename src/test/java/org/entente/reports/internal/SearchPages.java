package org.entente.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Every page of a search of reports, read as ReportRepository.search and ReportQueries.page read them. */
final class SearchPages {

	private SearchPages() {
	}

	/** The ids of all the reports found, page after page of {@code limit}; {@code search} makes each page's SQL. */
	static List<String> all(JdbcClient jdbc, SearchOrder order, int limit, Function<SearchPosition, SearchSql> search) {
		List<String> ids = new ArrayList<>();
		SearchPosition position = null;
		do {
			SearchSql page = search.apply(position);
			List<ReportRepository.Found<UUID>> found = jdbc.sql(page.reports(ReportRepository.REPORT_SELECT, limit + 1))
				.params(page.parameters())
				.query((row, number) -> new ReportRepository.Found<>(row.getObject("id", UUID.class),
						ReportRepository.position(order, row)))
				.list();
			found.stream().limit(limit).forEach((hit) -> ids.add(hit.item().toString()));
			position = (found.size() > limit) ? found.get(limit - 1).position() : null;
		}
		while (position != null);
		return ids;
	}

}
