package org.entente.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.faults.StoredState.StoredReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped and started again under a running centre that uses it as an external database: requests
 * during the outage fail fast with 503 and a problem body, the centre recovers by itself, and nothing it
 * acknowledged is lost.
 */
class DatabaseOutageProcessTests {

	/** Hikari waits 3 s for a connection (DatabaseConfiguration); what a caller waits must stay near that. */
	private static final Duration FAST = Duration.ofSeconds(10);

	private static final Duration RECOVERY = Duration.ofSeconds(60);

	@Test
	void requestsDuringAnOutageFailFastWith503AndTheCentreRecoversByItself() throws Exception {
		try (StandalonePostgres postgres = StandalonePostgres.started("outage");
				CentreProcess centre = CentreProcess.on(postgres, "outage", CentreProcess.QUICK_START).start()) {
			Exchange exchange = new Exchange(centre.port());
			Partner partner = exchange.partner("O");
			List<String> acknowledged = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				acknowledged.add(submitted(partner.api().post("/api/v1/reports", report("before " + i))));
			}

			postgres.stop();
			assertUnavailable(() -> partner.api().get("/api/v1/reports/" + acknowledged.get(0)));
			assertUnavailable(() -> partner.api().get("/api/v1/reports"));
			assertUnavailable(() -> partner.api().post("/api/v1/reports", report("during"), Map.of("Idempotency-Key", "outage")));
			assertUnavailable(() -> partner.api().send("POST", "/api/v1/reports/bulk",
					java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"bulk during\",\"body\":\"\",\"handling\":\"GREEN\"}\n"),
					"application/x-ndjson", Map.of()));
			assertUnavailable(() -> exchange.admin().post("/api/v1/members", Map.of("code", "OUTAGE", "name", "During")));

			postgres.start();
			Api.Response retried = awaitRecovery(() -> partner.api().post("/api/v1/reports", report("during"),
					Map.of("Idempotency-Key", "outage")));
			acknowledged.add(submitted(retried));
			for (String id : acknowledged) {
				Api.Response found = partner.api().get("/api/v1/reports/" + id);
				assertThat(found.status()).as(found.toString()).isEqualTo(200);
				assertThat(found.json().path("locations").size()).isEqualTo(1);
			}
			StoredState state = new StoredState(postgres.dataSource());
			List<StoredReport> stored = state.reportsOf(partner.code());
			assertThat(stored).extracting(StoredReport::id).containsExactlyInAnyOrderElementsOf(acknowledged);
			assertThat(stored).extracting(StoredReport::title).doesNotContain("bulk during");
			state.assertLedgerVerifies();
		}
	}

	private static void assertUnavailable(Supplier<Api.Response> request) {
		Instant start = Instant.now();
		Api.Response response = request.get();
		Duration waited = Duration.between(start, Instant.now());
		assertThat(response.status()).as(response.toString()).isEqualTo(503);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(503);
		assertThat(waited).as("time to answer during the outage").isLessThan(FAST);
	}

	/** The centre is not restarted: the same process must answer again once PostgreSQL is back. */
	private static Api.Response awaitRecovery(Supplier<Api.Response> request) throws InterruptedException {
		Instant deadline = Instant.now().plus(RECOVERY);
		Api.Response response = request.get();
		while (response.status() == 503 && Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
			response = request.get();
		}
		return response;
	}

	private static String submitted(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	private static Map<String, Object> report(String title) {
		return Map.of("title", title, "body", "outage test", "handling", "GREEN", "locations",
				List.of(Map.of("coordinates", "33.3152, 44.3661")));
	}

}
