package org.entente.reports.internal;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.reports.internal.LocatedReports.point;
import static org.entente.reports.internal.LocatedReports.submit;

/**
 * Locations stored before sites existed (V7) are in no site, and no point of theirs is in the neighbour search;
 * the background correlation links them as if they had just been stored.
 */
@IntegrationTest
class SiteBackfillIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteBackfill backfill;

	@Test
	void locationsStoredWithoutASiteAreLinkedIntoOneInTheBackground() {
		Exchange exchange = new Exchange(this.port);
		Partner alpha = exchange.partner("KA");
		Partner bravo = exchange.partner("KB");
		// Somewhere in the Indian Ocean, new for each run; the second report about 100 m north of the first.
		double latitude = -25 + ThreadLocalRandom.current().nextDouble(5);
		double longitude = 70 + ThreadLocalRandom.current().nextDouble(5);
		String first = submit(alpha, bravo, "full", List.of(point(latitude, longitude)));
		String second = submit(alpha, bravo, "full", List.of(point(latitude + 0.0009, longitude)));
		forgetSites(first, second);

		this.backfill.correlateUnlinked();

		String box = (longitude - 0.01) + "," + (latitude - 0.01) + "," + (longitude + 0.01) + "," + (latitude + 0.01);
		Api.Response sites = bravo.api().get("/api/v1/sites?bbox=" + box);
		assertThat(sites.status()).as(sites.toString()).isEqualTo(200);
		JsonNode items = sites.json().path("items");
		assertThat(items).as(sites.toString()).hasSize(1);
		assertThat(items.get(0).path("reports").asInt()).isEqualTo(2);
		assertThat(items.get(0).path("locations").asInt()).isEqualTo(2);
	}

	/** Back to before V7 for these reports: their locations in no site, their sites and points gone. */
	private void forgetSites(String... reports) {
		List<UUID> sites = this.jdbc
			.sql("select distinct site_id from location where report_id = any(?::uuid[]) and site_id is not null")
			.param(reports)
			.query(UUID.class)
			.list();
		this.jdbc.sql("update location set site_id = null where report_id = any(?::uuid[])").param(reports).update();
		this.jdbc.sql("delete from site_point where site_id = any(?)").param(sites.toArray(UUID[]::new)).update();
		this.jdbc.sql("delete from site where id = any(?)").param(sites.toArray(UUID[]::new)).update();
	}

}
