package org.entente.reports;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Submissions that ApiFuzzIntegrationTests once answered with 500. */
@IntegrationTest
class ReportSubmissionRegressionIntegrationTests {

	private static final String LINE = "{\"title\":\"no key\",\"body\":\"\",\"handling\":\"GREEN\"}\n";

	@LocalServerPort
	int port;

	private Partner partner;

	@BeforeEach
	void partner() {
		this.partner = new Exchange(this.port).partner("R");
	}

	@Test
	void aBulkWithoutIdempotencyKeyIsStored() {
		Api.Response response = this.partner.api().send("POST", "/api/v1/reports/bulk",
				BodyPublishers.ofString(LINE + LINE), "application/x-ndjson", Map.of());

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().path("accepted").asInt()).isEqualTo(2);
	}

	@Test
	void aTimeBeyondTheYear9999IsRefusedByItsField() {
		Api.Response response = this.partner.api().post("/api/v1/reports", Map.of("title", "far future", "body", "",
				"handling", "GREEN", "observedAt", "+999999999-12-31T23:59:59Z", "locations",
				List.of(Map.of("lat", 1, "lon", 2, "observedAt", "-000001-01-01T00:00:00Z"))));

		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("observedAt",
				"locations[0].observedAt");
	}

	@Test
	void aPrecisionCoarserThanTheCoarsestSanitisationCellIsRefusedByItsField() {
		Api.Response response = this.partner.api().post("/api/v1/reports", Map.of("title", "vague", "body", "",
				"handling", "GREEN", "locations", List.of(Map.of("lat", 1, "lon", 2, "precisionMeters", 9_999_999))));

		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.json().path("errors").findValuesAsString("field"))
			.containsExactly("locations[0].precisionMeters");
	}

	@Test
	void aReportBodyOfJsonNullIsRefusedAsMalformed() {
		Api.Response response = this.partner.api().send("POST", "/api/v1/reports", BodyPublishers.ofString("null"),
				"application/json", Map.of());

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("detail").asString()).contains("not a JSON object");
	}

}
