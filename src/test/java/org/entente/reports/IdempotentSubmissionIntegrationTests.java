package org.entente.reports;

import java.util.Map;
import java.util.UUID;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A retried submission with the same Idempotency-Key answers as the first time and stores nothing. */
@IntegrationTest
class IdempotentSubmissionIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aRetryWithTheSameKeyAndBodyReturnsTheFirstAnswer() {
		Partner partner = new Exchange(this.port).partner("ID");
		String key = UUID.randomUUID().toString();
		Map<String, Object> report = Map.of("title", "once", "body", "only once", "handling", "GREEN");
		Api.Response first = partner.api().post("/api/v1/reports", report, Map.of("Idempotency-Key", key));
		Api.Response retry = partner.api().post("/api/v1/reports", report, Map.of("Idempotency-Key", key));
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(partner.api().get("/api/v1/reports?originator=" + partner.code()).json().path("items")).hasSize(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsAConflict() {
		Partner partner = new Exchange(this.port).partner("ID");
		String key = UUID.randomUUID().toString();
		partner.api().post("/api/v1/reports", Map.of("title", "a", "body", "b", "handling", "GREEN"), Map.of("Idempotency-Key", key));
		Api.Response conflict = partner.api().post("/api/v1/reports", Map.of("title", "other", "body", "b", "handling", "GREEN"),
				Map.of("Idempotency-Key", key));
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
		assertThat(partner.api().get("/api/v1/reports?originator=" + partner.code()).json().path("items")).hasSize(1);
	}

	@Test
	void keysBelongToTheMemberThatUsedThem() {
		Exchange exchange = new Exchange(this.port);
		String key = UUID.randomUUID().toString();
		Map<String, Object> report = Map.of("title", "shared key", "body", "b", "handling", "GREEN");
		Api.Response first = exchange.partner("IE").api().post("/api/v1/reports", report, Map.of("Idempotency-Key", key));
		Api.Response second = exchange.partner("IF").api().post("/api/v1/reports", report, Map.of("Idempotency-Key", key));
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.json().path("id")).isNotEqualTo(first.json().path("id"));
	}

}
