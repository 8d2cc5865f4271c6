package org.entente.reports;

import java.util.List;
import java.util.Map;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The need-to-know matrix of issue 2: A originates, B receives full detail, C sanitised detail, D nothing; every
 * read endpoint is checked for each of them.
 */
@IntegrationTest
class NeedToKnowIntegrationTests {

	/** 33°18'54"N 44°21'58"E, 38SMB4488 (a 10 km square), and a decimal point in Paris. */
	private static final List<Map<String, Object>> LOCATIONS = List.of(
			Map.of("coordinates", "38SMB4400088000", "label", "depot"),
			Map.of("coordinates", "33°18'54\"N 44°21'58\"E", "label", "bridge"),
			Map.of("lat", 48.858370, "lon", 2.294481, "label", "tower", "kind", "landmark"));

	@LocalServerPort
	int port;

	Partner originator;

	Partner fullRecipient;

	Partner sanitizedRecipient;

	Partner stranger;

	String reportId;

	@BeforeEach
	void submitReport() {
		Exchange exchange = new Exchange(this.port);
		this.originator = exchange.partner("A");
		this.fullRecipient = exchange.partner("B");
		this.sanitizedRecipient = exchange.partner("C");
		this.stranger = exchange.partner("D");
		Api.Response submitted = this.originator.api().post("/api/v1/reports", Map.of("title", "Three sites",
				"body", "Seen at three places.", "sourceReliability", "B", "credibility", 2, "handling", "AMBER",
				"releasableTo", List.of(Map.of("member", this.fullRecipient.code(), "detail", "full"),
						Map.of("member", this.sanitizedRecipient.code(), "detail", "sanitized")),
				"locations", LOCATIONS));
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		this.reportId = submitted.json().path("id").asString();
	}

	@Test
	void originatorReadsEverythingItWrote() {
		JsonNode report = read(this.originator, 200);
		assertThat(report.path("reference").asString()).matches(this.originator.code() + "-\\d{4}-\\d{5}");
		assertThat(report.path("author").asString()).isEqualTo(this.originator.analyst());
		assertThat(report.path("releasableTo")).hasSize(2);
		assertThat(report.path("locations").get(1).path("coordinates").asString()).isEqualTo("33°18'54\"N 44°21'58\"E");
	}

	@Test
	void fullRecipientReadsTheExactCoordinatesAndGrading() {
		JsonNode report = read(this.fullRecipient, 200);
		assertThat(report.path("detail").asString()).isEqualTo("full");
		assertThat(report.path("sourceReliability").asString()).isEqualTo("B");
		assertThat(report.path("credibility").asInt()).isEqualTo(2);
		assertThat(report.path("author").asString()).isEqualTo(this.originator.analyst());
		JsonNode locations = report.path("locations");
		assertThat(locations.get(0).path("format").asString()).isEqualTo("mgrs");
		assertThat(locations.get(0).path("precisionMeters").asDouble()).isEqualTo(1.0);
		assertThat(locations.get(1).path("lat").asDouble()).isCloseTo(33 + 18 / 60.0 + 54 / 3600.0, within(1e-9));
		assertThat(locations.get(1).path("lon").asDouble()).isCloseTo(44 + 21 / 60.0 + 58 / 3600.0, within(1e-9));
		assertThat(locations.get(2).path("lat").asDouble()).isEqualTo(48.858370);
		assertThat(locations.get(2).path("lon").asDouble()).isEqualTo(2.294481);
		assertThat(report.path("releasableTo")).as("a recipient sees only its own release").hasSize(1);
	}

	@Test
	void sanitizedRecipientReadsCoordinatesRoundedToOneKilometreWithoutGradingOrAuthor() {
		JsonNode report = read(this.sanitizedRecipient, 200);
		assertThat(report.path("detail").asString()).isEqualTo("sanitized");
		assertThat(report.path("sourceReliability").isNull()).isTrue();
		assertThat(report.path("credibility").isNull()).isTrue();
		assertThat(report.path("author").isNull()).isTrue();
		for (JsonNode location : report.path("locations")) {
			assertThat(location.path("coordinates").isNull()).as("no original text").isTrue();
			assertThat(location.path("precisionMeters").asDouble()).isGreaterThanOrEqualTo(1000);
			assertThat(location.path("format").asString()).isEqualTo("sanitized");
		}
		JsonNode tower = report.path("locations").get(2);
		assertThat(tower.path("lat").asDouble()).isNotEqualTo(48.858370).isCloseTo(48.858370, within(0.01));
		assertThat(tower.path("lon").asDouble()).isNotEqualTo(2.294481).isCloseTo(2.294481, within(0.015));
	}

	@Test
	void sanitizedRecipientsHistoryIsSanitizedToo() {
		Api.Response versions = this.sanitizedRecipient.api().get(versionsPath());
		assertThat(versions.status()).isEqualTo(200);
		JsonNode content = versions.json().path("items").get(0).path("content");
		assertThat(content.has("sourceReliability")).isFalse();
		assertThat(content.has("author")).isFalse();
		assertThat(versions.json().path("items").get(0).path("author").isNull()).isTrue();
		JsonNode tower = content.path("locations").get(2);
		assertThat(tower.path("lat").asDouble()).isNotEqualTo(48.858370);
		assertThat(tower.has("coordinates")).isFalse();
		assertThat(tower.has("sanitized")).isFalse();
		assertThat(versions.body()).doesNotContain("48.85837", "2.294481", "33°18");
	}

	@Test
	void memberWithoutReleaseGetsNotFoundExactlyAsForAReportThatDoesNotExist() {
		Api.Response hidden = this.stranger.api().get("/api/v1/reports/" + this.reportId);
		Api.Response missing = this.stranger.api().get("/api/v1/reports/00000000-0000-4000-8000-000000000000");
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.json().path("detail").asString().replace(this.reportId, "ID"))
			.isEqualTo(missing.json().path("detail").asString().replace("00000000-0000-4000-8000-000000000000", "ID"));
		assertThat(this.stranger.api().get(versionsPath()).status()).isEqualTo(404);
	}

	@Test
	void memberWithoutReleaseDoesNotSeeItInLists() {
		assertThat(listedIds(this.stranger, "")).doesNotContain(this.reportId);
		assertThat(listedIds(this.stranger, "?originator=" + this.originator.code())).isEmpty();
		assertThat(listedIds(this.fullRecipient, "?originator=" + this.originator.code())).containsExactly(this.reportId);
		assertThat(listedIds(this.sanitizedRecipient, "")).contains(this.reportId);
	}

	@Test
	void memberWithoutReleaseCannotChangeTheReport() {
		assertThat(this.stranger.api().patch(reportPath(), Map.of("title", "mine")).status()).isEqualTo(404);
		assertThat(this.stranger.api().post(reportPath() + "/withdraw", Map.of()).status()).isEqualTo(404);
		assertThat(this.stranger.api().post(reportPath() + "/release", Map.of("releasableTo", List.of("ALL"))).status())
			.isEqualTo(404);
	}

	@Test
	void recipientCannotAmendWithdrawOrWidenTheOriginatorsReport() {
		assertThat(this.fullRecipient.api().patch(reportPath(), Map.of("title", "changed")).status()).isEqualTo(403);
		assertThat(this.fullRecipient.api().post(reportPath() + "/withdraw", Map.of()).status()).isEqualTo(403);
		assertThat(read(this.fullRecipient, 200).path("title").asString()).isEqualTo("Three sites");
	}

	@Nested
	class AfterWithdrawal {

		@BeforeEach
		void withdraw() {
			Api.Response withdrawn = NeedToKnowIntegrationTests.this.originator.api()
				.post(reportPath() + "/withdraw", Map.of("reason", "source retracted"));
			assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
		}

		@Test
		void recipientsSeeItWithdrawnWithTheTime() {
			for (Partner recipient : List.of(NeedToKnowIntegrationTests.this.fullRecipient,
					NeedToKnowIntegrationTests.this.sanitizedRecipient)) {
				JsonNode report = read(recipient, 200);
				assertThat(report.path("withdrawn").asBoolean()).isTrue();
				assertThat(report.path("withdrawnAt").asString()).isNotBlank();
				assertThat(report.path("withdrawnReason").asString()).isEqualTo("source retracted");
			}
		}

		@Test
		void strangerStillGetsNotFound() {
			read(NeedToKnowIntegrationTests.this.stranger, 404);
		}

		@Test
		void aWithdrawnReportCannotBeAmended() {
			Api.Response amended = NeedToKnowIntegrationTests.this.originator.api().patch(reportPath(), Map.of("title", "again"));
			assertThat(amended.status()).isEqualTo(409);
		}

	}

	@Nested
	class Amendments {

		@Test
		void anAmendmentIsANewVersionAndTheHistoryKeepsTheOldOne() {
			Api.Response amended = NeedToKnowIntegrationTests.this.originator.api()
				.patch(reportPath(), Map.of("title", "Three sites, confirmed", "credibility", 1));
			assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
			assertThat(amended.json().path("version").asInt()).isEqualTo(2);
			JsonNode report = read(NeedToKnowIntegrationTests.this.fullRecipient, 200);
			assertThat(report.path("title").asString()).isEqualTo("Three sites, confirmed");
			assertThat(report.path("locations")).hasSize(3);
			JsonNode versions = NeedToKnowIntegrationTests.this.fullRecipient.api().get(versionsPath()).json().path("items");
			assertThat(versions).hasSize(2);
			assertThat(versions.get(0).path("content").path("title").asString()).isEqualTo("Three sites");
			assertThat(versions.get(1).path("content").path("credibility").asInt()).isEqualTo(1);
		}

		@Test
		void amendedLocationsReplaceThePreviousOnes() {
			Api.Response amended = NeedToKnowIntegrationTests.this.originator.api()
				.patch(reportPath(), Map.of("locations", List.of(Map.of("coordinates", "48.8584 N 2.2945 E"))));
			assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
			assertThat(read(NeedToKnowIntegrationTests.this.fullRecipient, 200).path("locations")).hasSize(1);
		}

	}

	@Nested
	class Releases {

		@Test
		void widenedReleaseReachesTheNewMember() {
			Partner stranger = NeedToKnowIntegrationTests.this.stranger;
			Api.Response released = NeedToKnowIntegrationTests.this.originator.api()
				.post(reportPath() + "/release", Map.of("releasableTo", List.of(Map.of("member", stranger.code(), "detail", "sanitized"))));
			assertThat(released.status()).as(released.toString()).isEqualTo(200);
			assertThat(read(stranger, 200).path("detail").asString()).isEqualTo("sanitized");
		}

		@Test
		void sanitizedRecipientCanBeRaisedToFullDetail() {
			Partner recipient = NeedToKnowIntegrationTests.this.sanitizedRecipient;
			NeedToKnowIntegrationTests.this.originator.api()
				.post(reportPath() + "/release", Map.of("releasableTo", List.of(Map.of("member", recipient.code(), "detail", "full"))));
			assertThat(read(recipient, 200).path("locations").get(2).path("lat").asDouble()).isEqualTo(48.858370);
		}

		@Test
		void aReleaseCannotBeNarrowed() {
			Api.Response narrowed = NeedToKnowIntegrationTests.this.originator.api()
				.post(reportPath() + "/release", Map.of("releasableTo",
						List.of(Map.of("member", NeedToKnowIntegrationTests.this.fullRecipient.code(), "detail", "sanitized"))));
			assertThat(narrowed.status()).isEqualTo(409);
			assertThat(read(NeedToKnowIntegrationTests.this.fullRecipient, 200).path("detail").asString()).isEqualTo("full");
		}

		@Test
		void aReleaseToAllReachesEveryMemberIncludingOnesCreatedLater() {
			NeedToKnowIntegrationTests.this.originator.api()
				.post(reportPath() + "/release", Map.of("releasableTo", List.of(Map.of("member", "ALL", "detail", "sanitized"))));
			Partner newcomer = new Exchange(NeedToKnowIntegrationTests.this.port).partner("E");
			assertThat(read(newcomer, 200).path("detail").asString()).isEqualTo("sanitized");
			assertThat(read(NeedToKnowIntegrationTests.this.fullRecipient, 200).path("detail").asString()).isEqualTo("full");
		}

	}

	private JsonNode read(Partner partner, int expectedStatus) {
		Api.Response response = partner.api().get(reportPath());
		assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
		return response.json();
	}

	private List<String> listedIds(Partner partner, String query) {
		Api.Response list = partner.api().get("/api/v1/reports" + query);
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		return list.json().path("items").valueStream().map((item) -> item.path("id").asString()).toList();
	}

	private String reportPath() {
		return "/api/v1/reports/" + this.reportId;
	}

	private String versionsPath() {
		return reportPath() + "/versions";
	}

}
