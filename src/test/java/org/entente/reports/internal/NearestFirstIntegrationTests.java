package org.entente.reports.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.entente.reports.internal.SearchCriteria.Circle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.reports.internal.LocatedReports.point;
import static org.entente.reports.internal.LocatedReports.release;
import static org.entente.reports.internal.LocatedReports.submit;

/**
 * A nearest-first search takes the reports of the locations nearest the centre and, when it cannot prove that
 * page whole, collects the circle instead: whatever number of nearest locations it takes, the pages are those of
 * the whole circle, with reports hidden from the viewer, sanitised ones, and reports with a far location too.
 * Here the number is made small, so that both ways and the switch between them take part.
 */
@IntegrationTest
class NearestFirstIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 5, 8, 13, 1_000 })
	void anyNumberOfNearestLocationsGivesThePagesOfTheWholeCircle(int nearest) {
		Exchange exchange = new Exchange(this.port);
		Partner alpha = exchange.partner("FA");
		Partner bravo = exchange.partner("FB");
		Partner charlie = exchange.partner("FC");
		// An empty stretch of the South Atlantic, somewhere new for each run.
		double latitude = -40 + ThreadLocalRandom.current().nextDouble(5);
		double longitude = -20 + ThreadLocalRandom.current().nextDouble(5);
		for (int i = 0; i < 12; i++) {
			double north = latitude + 0.001 * i;
			double east = longitude + 0.0013 * (11 - i);
			String detail = (i % 3 == 0) ? "sanitized" : "full";
			submit(alpha, bravo, detail, List.of(point(north, east), point(latitude + 2, longitude - 2)));
			submit(alpha, charlie, "full", List.of(point(latitude + 0.0005 * i, longitude)));
		}
		Circle circle = new Circle(latitude, longitude, 3_000);
		List<String> whole = pages(bravo.code(), circle, 0, 100);
		assertThat(whole).hasSize(12);
		for (int limit : new int[] { 1, 4, 100 }) {
			assertThat(pages(bravo.code(), circle, nearest, limit)).as("pages of %d", limit).isEqualTo(whole);
		}
		assertThat(pages(charlie.code(), circle, nearest, 5)).isEqualTo(pages(charlie.code(), circle, 0, 5)).hasSize(12);
		// Shown none of them: each walk ends after its few nearest locations, and the circle then finds nothing.
		assertThat(pages(exchange.partner("FD").code(), circle, nearest, 5)).isEmpty();
	}

	/**
	 * The walks skip locations by the audience written on them (V11); a release given after the report was stored
	 * must reach them, at the detail released and then at the wider one.
	 */
	@Test
	void aReleaseGivenLaterIsFoundByTheNearestAndTheNewestWalks() {
		Exchange exchange = new Exchange(this.port);
		Partner alpha = exchange.partner("FA");
		Partner bravo = exchange.partner("FB");
		Partner charlie = exchange.partner("FC");
		double latitude = -50 + ThreadLocalRandom.current().nextDouble(5);
		double longitude = -30 + ThreadLocalRandom.current().nextDouble(5);
		String id = submit(alpha, charlie, "full", List.of(point(latitude, longitude)));
		String nearest = "/api/v1/reports?sort=distance&radius=20000&near=" + latitude + "," + longitude;
		String newest = "/api/v1/reports?sort=time&bbox=" + (longitude - 0.2) + "," + (latitude - 0.2) + ","
				+ (longitude + 0.2) + "," + (latitude + 0.2);
		assertThat(found(bravo, nearest)).isEmpty();
		assertThat(found(bravo, newest)).isEmpty();
		release(alpha, id, bravo.code(), "sanitized");
		assertThat(found(bravo, nearest)).containsExactly(id + " sanitized");
		assertThat(found(bravo, newest)).containsExactly(id + " sanitized");
		release(alpha, id, bravo.code(), "full");
		assertThat(found(bravo, nearest)).containsExactly(id + " full");
		assertThat(found(bravo, newest)).containsExactly(id + " full");
		assertThat(found(charlie, nearest)).containsExactly(id + " full");
	}

	private static List<String> found(Partner viewer, String search) {
		Api.Response response = viewer.api().get(search);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().path("items").valueStream()
			.map((item) -> item.path("id").asString() + " " + item.path("detail").asString())
			.toList();
	}

	/** Every page nearest first. */
	private List<String> pages(String member, Circle circle, int nearest, int limit) {
		return SearchPages.all(this.jdbc, SearchOrder.DISTANCE, limit, (position) -> new SearchSql(new SearchCriteria(null,
				null, circle, null, null, null, null, null, null, null, null, null, null, null, SearchOrder.DISTANCE, position),
				member, 0, nearest));
	}

}
