package org.entente.reports;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.entente.LedgerEntries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Outcomes: what recipients and originators say came of a report, and the search's has-outcome filter. */
@IntegrationTest
class OutcomeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Partner originator;

	Partner recipient;

	Partner sanitizedRecipient;

	Partner stranger;

	String reportId;

	String locationId;

	@BeforeEach
	void releaseAReport() {
		Exchange exchange = new Exchange(this.port);
		this.originator = exchange.partner("OA");
		this.recipient = exchange.partner("OB");
		this.sanitizedRecipient = exchange.partner("OC");
		this.stranger = exchange.partner("OD");
		JsonNode report = this.originator.api().post("/api/v1/reports", Map.of("title", "Vessel loitering",
				"body", "b", "handling", "AMBER", "category", "maritime",
				"locations", List.of(Map.of("coordinates", "43.2965 N 5.3698 E"), Map.of("coordinates", "43.30 N 5.40 E")),
				"releasableTo", List.of(Map.of("member", this.recipient.code(), "detail", "full"),
						Map.of("member", this.sanitizedRecipient.code(), "detail", "sanitized"))))
			.json();
		this.reportId = report.path("id").asString();
		this.locationId = report.path("locations").path(0).path("id").asString();
	}

	@Test
	void aRecipientRecordsAnOutcomeThatEveryMemberSeeingTheReportSees() {
		long ledger = LedgerEntries.madeByUsers(this.jdbc);
		Api.Response recorded = this.recipient.api().post("/api/v1/outcomes", Map.of("report", this.reportId,
				"locations", List.of(this.locationId), "time", "2026-11-01T10:00:00Z", "effect", "intercepted",
				"objectType", "vessel", "quantity", 1, "note", "boarded at dawn"));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		JsonNode outcome = recorded.json();
		assertThat(outcome.path("member").asString()).isEqualTo(this.recipient.code());
		assertThat(outcome.path("recordedBy").asString()).isEqualTo(this.recipient.analyst());
		assertThat(outcome.path("version").asInt()).isEqualTo(1);
		assertThat(outcome.path("time").asString()).isEqualTo("2026-11-01T10:00:00Z");
		assertThat(outcome.path("locations").path(0).asString()).isEqualTo(this.locationId);
		assertThat(LedgerEntries.madeByUsers(this.jdbc)).as("one ledger entry").isEqualTo(ledger + 1);
		assertThat(this.jdbc.sql("select type from ledger where subject_id = ? order by seq desc limit 1")
			.param(this.reportId).query(String.class).single()).isEqualTo("outcome.recorded");

		JsonNode seenByOriginator = this.originator.api().get("/api/v1/outcomes?report=" + this.reportId).json();
		assertThat(seenByOriginator.path("items")).hasSize(1);
		assertThat(seenByOriginator.path("items").path(0).path("note").asString()).isEqualTo("boarded at dawn");
		assertThat(this.originator.api().get("/api/v1/outcomes/" + outcome.path("id").asString()).json())
			.isEqualTo(outcome);
	}

	@Test
	void aSanitizedRecipientSeesTheOutcomeButNotWhoRecordedIt() {
		JsonNode outcome = record(this.recipient, Map.of("effect", "confirmed")).json();
		JsonNode seen = this.sanitizedRecipient.api().get("/api/v1/outcomes/" + outcome.path("id").asString()).json();
		assertThat(seen.path("effect").asString()).isEqualTo("confirmed");
		assertThat(seen.path("member").asString()).isEqualTo(this.recipient.code());
		assertThat(seen.path("recordedBy").isNull()).isTrue();
		JsonNode own = record(this.sanitizedRecipient, Map.of("effect", "refuted")).json();
		assertThat(own.path("recordedBy").asString()).as("its own member's user is named to it")
			.isEqualTo(this.sanitizedRecipient.analyst());
	}

	@Test
	void aMemberThatMayNotSeeTheReportCanNeitherRecordNorReadItsOutcomes() {
		String outcome = record(this.recipient, Map.of("effect", "confirmed")).json().path("id").asString();
		long ledger = LedgerEntries.madeByUsers(this.jdbc);
		Api.Response hidden = record(this.stranger, Map.of("effect", "confirmed"));
		Api.Response unknown = this.stranger.api().post("/api/v1/outcomes", Map.of("report",
				"00000000-0000-4000-8000-000000000000", "effect", "confirmed"));
		assertThat(hidden.status()).isEqualTo(422);
		assertThat(hidden.json().path("errors").path(0).path("field").asString()).isEqualTo("report");
		assertThat(hidden.json().path("errors")).as("as if it did not exist").isEqualTo(unknown.json().path("errors"));
		assertThat(LedgerEntries.madeByUsers(this.jdbc)).isEqualTo(ledger);
		assertThat(this.stranger.api().get("/api/v1/outcomes/" + outcome).status()).isEqualTo(404);
		assertThat(this.stranger.api().get("/api/v1/outcomes?report=" + this.reportId).status()).isEqualTo(404);
		assertThat(this.stranger.api().get("/api/v1/reports?hasOutcome=true&originator=" + this.originator.code())
			.json().path("items")).isEmpty();
	}

	@Test
	void badFieldsAreNamedAndNothingIsStored() {
		long ledger = LedgerEntries.madeByUsers(this.jdbc);
		assertRefused(Map.of(), "effect");
		assertRefused(Map.of("effect", "Not A Term"), "effect");
		assertRefused(Map.of("effect", "seized", "objectType", "two words"), "objectType");
		assertRefused(Map.of("effect", "seized", "quantity", -1), "quantity");
		assertRefused(Map.of("effect", "seized", "time", Instant.now().plus(1, ChronoUnit.DAYS).toString()), "time");
		assertRefused(Map.of("effect", "seized", "locations", List.of("00000000-0000-4000-8000-000000000000")),
				"locations[0]");
		assertRefused(Map.of("effect", "seized", "note", "x".repeat(10_001)), "note");
		Api.Response noReport = this.recipient.api().post("/api/v1/outcomes", Map.of("effect", "seized"));
		assertThat(noReport.status()).isEqualTo(422);
		assertThat(noReport.json().path("errors").path(0).path("field").asString()).isEqualTo("report");
		Api.Response wrongType = this.recipient.api().post("/api/v1/outcomes", Map.of("report", this.reportId,
				"effect", "seized", "quantity", "many"));
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.contentType()).startsWith("application/problem+json");
		assertThat(wrongType.json().path("errors").path(0).path("field").asString()).isEqualTo("quantity");
		assertThat(this.recipient.api().get("/api/v1/outcomes").status()).isEqualTo(422);
		assertThat(LedgerEntries.madeByUsers(this.jdbc)).isEqualTo(ledger);
		assertThat(this.originator.api().get("/api/v1/outcomes?report=" + this.reportId).json().path("items")).isEmpty();
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyRecordsOnce() {
		long ledger = LedgerEntries.madeByUsers(this.jdbc);
		Map<String, Object> body = Map.of("report", this.reportId, "effect", "seized", "quantity", 3);
		Map<String, String> key = Map.of("Idempotency-Key", "outcome-" + this.reportId);
		Api.Response first = this.recipient.api().post("/api/v1/outcomes", body, key);
		Api.Response retry = this.recipient.api().post("/api/v1/outcomes", body, key);
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(LedgerEntries.madeByUsers(this.jdbc)).isEqualTo(ledger + 1);
		assertThat(this.originator.api().get("/api/v1/outcomes?report=" + this.reportId).json().path("items")).hasSize(1);
		Api.Response other = this.recipient.api().post("/api/v1/outcomes",
				Map.of("report", this.reportId, "effect", "seized", "quantity", 4), key);
		assertThat(other.status()).as("the same key with another body").isEqualTo(409);
	}

	@Test
	void outcomesArePagedInTheOrderTheyWereRecorded() {
		List<String> recorded = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			recorded.add(record(this.recipient, Map.of("effect", "sighted", "quantity", i)).json().path("id").asString());
		}
		List<String> walked = new ArrayList<>();
		String next = "";
		do {
			JsonNode page = this.originator.api().get("/api/v1/outcomes?limit=2&report=" + this.reportId + next).json();
			page.path("items").forEach((item) -> walked.add(item.path("id").asString()));
			next = page.path("next").isNull() ? null : "&cursor=" + page.path("next").asString();
		}
		while (next != null);
		assertThat(walked).isEqualTo(recorded);
	}

	@Test
	void searchFiltersReportsByWhetherTheyHaveAnOutcome() {
		String other = this.originator.api().post("/api/v1/reports", Map.of("title", "Nothing came of it", "body", "b",
				"handling", "GREEN", "category", "maritime", "locations", List.of(Map.of("coordinates", "43.2965 N 5.3698 E")),
				"releasableTo", List.of(Map.of("member", this.recipient.code(), "detail", "full"))))
			.json().path("id").asString();
		record(this.recipient, Map.of("effect", "seized"));
		String mine = "&originator=" + this.originator.code();
		assertThat(ids(this.sanitizedRecipient, "/api/v1/reports?hasOutcome=true" + mine)).containsExactly(this.reportId);
		assertThat(ids(this.recipient, "/api/v1/reports?hasOutcome=false" + mine)).containsExactly(other);
		assertThat(ids(this.recipient, "/api/v1/reports?hasOutcome=true&q=loitering" + mine)).containsExactly(this.reportId);
		assertThat(this.recipient.api().get("/api/v1/locations?hasOutcome=true" + mine).json().path("items"))
			.allSatisfy((location) -> assertThat(location.path("reportId").asString()).isEqualTo(this.reportId))
			.hasSize(2);
		Api.Response bad = this.recipient.api().get("/api/v1/reports?hasOutcome=maybe");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.json().path("errors").path(0).path("field").asString()).isEqualTo("hasOutcome");
	}

	private void assertRefused(Map<String, Object> fields, String field) {
		Api.Response response = record(this.recipient, fields);
		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("errors").path(0).path("field").asString()).isEqualTo(field);
	}

	private Api.Response record(Partner partner, Map<String, Object> fields) {
		Map<String, Object> body = new HashMap<>(fields);
		body.put("report", this.reportId);
		return partner.api().post("/api/v1/outcomes", body);
	}

	private static List<String> ids(Partner partner, String path) {
		List<String> ids = new ArrayList<>();
		partner.api().get(path).json().path("items").forEach((item) -> ids.add(item.path("id").asString()));
		return ids;
	}

}
