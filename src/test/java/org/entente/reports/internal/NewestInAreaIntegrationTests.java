package org.entente.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.entente.geo.BoundingBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newest reports in an area walk a window of the newest locations and collect the older reports only when
 * the window ends before the page: whatever the window, the pages are those of the whole area, newest first.
 * Here the window is made a few locations wide, so that the walk, the collection and a report straddling the
 * window's end all take part (at full size the window is wider than any test's data).
 */
@IntegrationTest
class NewestInAreaIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 7, 1_000 })
	void anyWindowGivesThePagesOfTheWholeArea(int window) {
		Exchange exchange = new Exchange(this.port);
		Partner alpha = exchange.partner("NA");
		Partner bravo = exchange.partner("NB");
		Partner charlie = exchange.partner("NC");
		// An empty stretch of the South Pacific, somewhere new for each run.
		double latitude = -45 + ThreadLocalRandom.current().nextDouble(5);
		double longitude = -140 + ThreadLocalRandom.current().nextDouble(5);
		BoundingBox area = new BoundingBox(longitude - 0.1, latitude - 0.1, longitude + 0.1, latitude + 0.1);
		List<String> inArea = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			// A location outside the area, then two in it: a window that ends after the first sees none of them.
			String id = submit(alpha, List.of(bravo.code()), List.of(point(latitude + 1, longitude + 1),
					point(latitude + 0.01 * i, longitude), point(latitude, longitude + 0.01 * i)));
			inArea.add(0, id);
			submit(alpha, List.of(bravo.code()), List.of(point(latitude - 1, longitude - 1)));
			submit(alpha, List.of(charlie.code()), List.of(point(latitude, longitude)));
		}
		assertThat(pages(bravo.code(), area, window, 4)).isEqualTo(inArea);
		assertThat(pages(bravo.code(), area, window, 100)).isEqualTo(inArea);
	}

	/** Every page of the newest reports in the area. */
	private List<String> pages(String member, BoundingBox area, int window, int limit) {
		return SearchPages.all(this.jdbc, SearchOrder.TIME, limit, (position) -> new SearchSql(new SearchCriteria(null,
				area, null, null, null, null, null, null, null, null, null, null, null, null, SearchOrder.TIME, position),
				member, window, 0));
	}

	private static Map<String, Object> point(double latitude, double longitude) {
		return Map.of("lat", latitude, "lon", longitude);
	}

	private static String submit(Partner originator, List<String> recipients, List<Map<String, Object>> locations) {
		Api.Response submitted = originator.api().post("/api/v1/reports", Map.of("title", "Walked", "body", "Seen.",
				"language", "en", "handling", "AMBER", "locations", locations, "releasableTo",
				recipients.stream().map((member) -> Map.of("member", member, "detail", "full")).toList()));
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		return submitted.json().path("id").asString();
	}

}
