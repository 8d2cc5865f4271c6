package org.entente.reports;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.entente.LedgerEntries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a 4xx problem naming the field and changes nothing; accepted text comes back byte for byte. */
@IntegrationTest
class BadInputIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Exchange exchange;

	Partner originator;

	Partner recipient;

	@BeforeEach
	void partners() {
		this.exchange = new Exchange(this.port);
		this.originator = this.exchange.partner("BI");
		this.recipient = this.exchange.partner("BR");
	}

	static Stream<Arguments> badReports() {
		return Stream.of(Arguments.of("latitude 91", Map.of("locations", List.of(Map.of("lat", 91, "lon", 0))), "locations[0].lat"),
				Arguments.of("longitude 181", Map.of("locations", List.of(Map.of("lat", 0, "lon", 181))), "locations[0].lon"),
				Arguments.of("unparseable coordinates", Map.of("locations", List.of(Map.of("coordinates", "99ZZZ"))), "locations[0].coordinates"),
				Arguments.of("both text and numbers", Map.of("locations", List.of(Map.of("coordinates", "33.3 44.3", "lat", 1, "lon", 1))), "locations[0]"),
				Arguments.of("empty title", Map.of("title", ""), "title"),
				Arguments.of("body over the limit", Map.of("body", "x".repeat(100_001)), "body"),
				Arguments.of("NUL in the body", Map.of("body", "before\u0000after"), "body"),
				Arguments.of("unknown handling", Map.of("handling", "TLP:PURPLE"), "handling"),
				Arguments.of("credibility 7", Map.of("credibility", 7), "credibility"),
				Arguments.of("reliability G", Map.of("sourceReliability", "G"), "sourceReliability"),
				Arguments.of("unknown member", Map.of("releasableTo", List.of(Map.of("member", "NOSUCH", "detail", "full"))), "releasableTo[0].member"),
				Arguments.of("unknown detail", Map.of("releasableTo", List.of(Map.of("member", "ALL", "detail", "partial"))), "releasableTo[0].detail"),
				Arguments.of("bad observation time", Map.of("observedAt", "yesterday"), "observedAt"),
				Arguments.of("observation time after the year 9999", Map.of("observedAt", "+1000000000-01-01T00:00:00Z"), "observedAt"),
				Arguments.of("validity before the year 1", Map.of("validUntil", "-4714-01-01T00:00:00Z"), "validUntil"),
				Arguments.of("location observed after the year 9999",
						Map.of("locations", List.of(Map.of("coordinates", "38SMB4488", "observedAt", "+294277-01-01T00:00:00Z"))),
						"locations[0].observedAt"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badReports")
	void badReportIsRefusedNamingTheFieldAndStoresNothing(String description, Map<String, Object> change, String field) {
		long ledger = ledgerSize();
		long reports = reportCount();
		Api.Response refused = this.originator.api().post("/api/v1/reports", report(change));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().path("errors").valueStream().map((error) -> error.path("field").asString()))
			.contains(field);
		assertThat(ledgerSize()).isEqualTo(ledger);
		assertThat(reportCount()).isEqualTo(reports);
	}

	@ParameterizedTest
	@ValueSource(strings = { "+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "-4714-01-01T00:00:00Z" })
	void anOutcomeTimeOutsideTheYears1To9999IsRefusedAndStoresNothing(String time) {
		String report = this.originator.api().post("/api/v1/reports", report(Map.of())).json().path("id").asString();
		long ledger = ledgerSize();
		Api.Response refused = this.recipient.api().post("/api/v1/outcomes",
				Map.of("report", report, "effect", "confirmed", "time", time));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("time");
		assertThat(ledgerSize()).isEqualTo(ledger);
	}

	@Test
	void malformedJsonIsABadRequest() {
		long reports = reportCount();
		Api.Response refused = this.originator.api().post("/api/v1/reports", "{\"title\": \"unterminated");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(reportCount()).isEqualTo(reports);
	}

	@Test
	void aNumberWhereTextBelongsNamesTheField() {
		Api.Response refused = this.originator.api().post("/api/v1/reports",
				"{\"title\":\"t\",\"body\":\"b\",\"handling\":\"RED\",\"locations\":[{\"lat\":\"north\",\"lon\":1}]}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("locations[0].lat");
	}

	static Stream<Arguments> wrongScalarTypes() {
		return Stream.of(Arguments.of("/api/v1/geo/extract", "{\"text\":5}", "text"),
				Arguments.of("/api/v1/geo/extract", "{\"text\":true}", "text"),
				Arguments.of("/api/v1/reports", "{\"title\":5,\"body\":\"b\",\"handling\":\"RED\"}", "title"),
				Arguments.of("/api/v1/reports",
						"{\"title\":\"t\",\"body\":\"b\",\"handling\":\"RED\",\"locations\":[{\"lat\":\"0x1p3\",\"lon\":1}]}",
						"locations[0].lat"),
				Arguments.of("/api/v1/reports", "{\"title\":\"t\",\"body\":\"b\",\"handling\":\"RED\",\"credibility\":2.9}",
						"credibility"),
				Arguments.of("/api/v1/reports", "{\"title\":\"t\",\"body\":\"b\",\"handling\":\"RED\",\"credibility\":\"2\"}",
						"credibility"),
				Arguments.of("/api/v1/outcomes", "{\"effect\":\"seized\",\"quantity\":2.5}", "quantity"));
	}

	/** Jackson would coerce each of these to the declared type; the API guide says a wrong type is 400. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("wrongScalarTypes")
	void aScalarOfTheWrongTypeIsABadRequestNamingTheField(String path, String body, String field) {
		long reports = reportCount();
		Api.Response refused = this.originator.api().post(path, body);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
		assertThat(reportCount()).isEqualTo(reports);
	}

	@Test
	void aReleaseToADeactivatedMemberIsRefused() {
		Partner leaving = this.exchange.partner("BX");
		Api.Response deactivated = this.exchange.admin().patch("/api/v1/members/" + leaving.code(), Map.of("active", false));
		assertThat(deactivated.status()).isEqualTo(200);
		Api.Response refused = this.originator.api().post("/api/v1/reports", report(Map.of("releasableTo", List.of(leaving.code()))));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("releasableTo[0]");
		assertThat(leaving.api().get("/api/v1/reports").status()).as("its tokens stop working").isEqualTo(401);
	}

	@Test
	void aRequestOverTenMegabytesIsTooLarge() {
		long reports = reportCount();
		String huge = "{\"title\":\"t\",\"handling\":\"RED\",\"body\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}";
		Api.Response refused = this.originator.api().post("/api/v1/reports", huge);
		assertThat(refused.status()).isEqualTo(413);
		assertThat(reportCount()).isEqualTo(reports);
	}

	@Test
	void metacharactersAndRightToLeftTextAreStoredAndReturnedByteForByte() {
		String title = "'); DROP TABLE report; -- <script>alert(1)</script> & \"quotes\" \\ %_";
		String body = "تقرير عن الموقع \u202Eabc\u202C שלום 🛰️ \r\n\ttabs and CRLF";
		String label = "<b>label</b> ' OR 1=1 --";
		Api.Response stored = this.originator.api().post("/api/v1/reports", report(Map.of("title", title, "body", body,
				"category", "<img src=x onerror=alert(1)>",
				"locations", List.of(Map.of("coordinates", "33.3N 44.3E", "label", label)))));
		assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
		JsonNode report = this.originator.api().get("/api/v1/reports/" + stored.json().path("id").asString()).json();
		assertThat(report.path("title").asString()).isEqualTo(title);
		assertThat(report.path("body").asString()).isEqualTo(body);
		assertThat(report.path("category").asString()).isEqualTo("<img src=x onerror=alert(1)>");
		assertThat(report.path("locations").get(0).path("label").asString()).isEqualTo(label);
	}

	@Test
	void aLoneSurrogateIsRefusedRatherThanSilentlyAltered() {
		Api.Response refused = this.originator.api().post("/api/v1/reports",
				"{\"title\":\"half \\ud800 a pair\",\"body\":\"b\",\"handling\":\"RED\"}");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("title");
	}

	@Test
	void aRevokedTokenIsUnauthorized() {
		String token = this.exchange.token(this.originator.analyst());
		Api api = this.exchange.anonymous().as(token);
		assertThat(api.get("/api/v1/reports").status()).isEqualTo(200);
		String tokenId = this.exchange.admin().get("/api/v1/users/" + this.originator.analyst() + "/tokens").json()
			.path("items").valueStream().reduce((first, second) -> second).orElseThrow().path("id").asString();
		assertThat(this.exchange.admin().delete("/api/v1/users/" + this.originator.analyst() + "/tokens/" + tokenId).status())
			.isEqualTo(204);
		Api.Response refused = api.get("/api/v1/reports");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aDeactivatedUsersTokenIsUnauthorized() {
		String user = this.exchange.user(this.originator.code(), "leaver." + System.nanoTime(), List.of("analyst"));
		Api api = this.exchange.anonymous().as(this.exchange.token(user));
		assertThat(this.exchange.admin().post("/api/v1/users/" + user + "/deactivate", Map.of()).status()).isEqualTo(204);
		assertThat(api.post("/api/v1/reports", report(Map.of())).status()).isEqualTo(401);
	}

	@Test
	void noTokenIsUnauthorizedAndAnUnknownOneToo() {
		assertThat(this.exchange.anonymous().get("/api/v1/reports").status()).isEqualTo(401);
		assertThat(this.exchange.anonymous().as("ent_guessed").get("/api/v1/reports").status()).isEqualTo(401);
	}

	private Map<String, Object> report(Map<String, Object> change) {
		Map<String, Object> report = new HashMap<>(Map.of("title", "Valid title", "body", "Valid body", "handling", "AMBER",
				"releasableTo", List.of(this.recipient.code()), "locations", List.of(Map.of("coordinates", "38SMB4488"))));
		report.putAll(change);
		return report;
	}

	private long ledgerSize() {
		return LedgerEntries.madeByUsers(this.jdbc);
	}

	private long reportCount() {
		return this.jdbc.sql("select count(*) from report").query(Long.class).single();
	}

}
