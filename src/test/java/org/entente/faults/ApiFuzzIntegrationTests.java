package org.entente.faults;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.entente.LedgerEntries;
import org.entente.TestDatabase;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every JSON endpoint, fed random and mutated bodies ({@link HostileJson}): never a 5xx, and a refusal (4xx)
 * writes nothing, neither a report nor a ledger entry. A bulk's lines each get a result below 500, and exactly
 * the accepted ones are stored.
 * <p>
 * jqwik runs this class, not Jupiter; the running centre is the one of the {@link IntegrationTest} context,
 * taken from Spring's test context cache. 200 tries per endpoint keep it under a minute; for a long run raise
 * {@code tries} here.
 */
@IntegrationTest
@PropertyDefaults(tries = 200, shrinking = ShrinkingMode.BOUNDED)
@AddLifecycleHook(value = ApiFuzzIntegrationTests.SkipWithoutDatabase.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class ApiFuzzIntegrationTests {

	private static Centre centre;

	@Property
	void submittingAReport(@ForAll("reports") byte[] body) {
		Centre centre = centre();
		assertRefusalWritesNothing(body, () -> centre.partner().api().send("POST", "/api/v1/reports",
				BodyPublishers.ofByteArray(body), "application/json", Map.of()));
	}

	@Property
	void amendingAReport(@ForAll("amendments") byte[] body) {
		Centre centre = centre();
		assertRefusalWritesNothing(body, () -> centre.partner().api().send("PATCH", "/api/v1/reports/" + centre.amended(),
				BodyPublishers.ofByteArray(body), "application/merge-patch+json", Map.of()));
	}

	@Property
	void withdrawingAReport(@ForAll("withdrawals") byte[] body) {
		Centre centre = centre();
		assertRefusalWritesNothing(body, () -> centre.partner().api().send("POST",
				"/api/v1/reports/" + centre.withdrawn() + "/withdraw", BodyPublishers.ofByteArray(body),
				"application/json", Map.of()));
	}

	@Property
	void wideningAReportsRelease(@ForAll("releases") byte[] body) {
		Centre centre = centre();
		assertRefusalWritesNothing(body, () -> centre.partner().api().send("POST",
				"/api/v1/reports/" + centre.released() + "/release", BodyPublishers.ofByteArray(body),
				"application/json", Map.of()));
	}

	@Property
	void creatingAMember(@ForAll("members") byte[] body) {
		Centre centre = centre();
		assertRefusalWritesNothing(body, () -> centre.exchange().admin().send("POST", "/api/v1/members",
				BodyPublishers.ofByteArray(body), "application/json", Map.of()));
	}

	@Property
	void changingAMember(@ForAll("memberChanges") byte[] body) {
		Centre centre = centre();
		assertRefusalWritesNothing(body, () -> centre.exchange().admin().send("PATCH",
				"/api/v1/members/" + centre.changedMember(), BodyPublishers.ofByteArray(body), "application/json",
				Map.of()));
	}

	/** Fewer tries: each user created hashes its password with Argon2. */
	@Property(tries = 100)
	void creatingAUser(@ForAll("users") byte[] body) {
		Centre centre = centre();
		assertRefusalWritesNothing(body, () -> centre.exchange().admin().send("POST",
				"/api/v1/members/" + centre.partner().code() + "/users", BodyPublishers.ofByteArray(body),
				"application/json", Map.of()));
	}

	@Property
	void issuingAToken(@ForAll("tokens") byte[] body) {
		Centre centre = centre();
		assertRefusalWritesNothing(body, () -> centre.exchange().admin().send("POST",
				"/api/v1/users/" + centre.partner().analyst() + "/tokens", BodyPublishers.ofByteArray(body),
				"application/json", Map.of()));
	}

	@Property(tries = 100)
	void submittingABulk(@ForAll("bulks") byte[] body) {
		Centre centre = centre();
		long ledger = centre.ledgerSize();
		long reports = centre.reportCount();

		Api.Response response = centre.partner().api().send("POST", "/api/v1/reports/bulk",
				BodyPublishers.ofByteArray(body), "application/x-ndjson", Map.of());

		assertThat(response.status()).as(describe(body, response)).isLessThan(500);
		long accepted = 0;
		if (response.status() == 200) {
			for (JsonNode item : response.json().path("items")) {
				assertThat(item.path("problem").path("status").asInt(0)).as(describe(body, response)).isLessThan(500);
				accepted += item.has("id") ? 1 : 0;
			}
		}
		assertThat(centre.reportCount() - reports).as("reports stored").isEqualTo(accepted);
		assertThat(centre.ledgerSize() - ledger).as("ledger entries").isEqualTo(accepted);
	}

	/** Search reads nothing but its parameters: any of them, however hostile, is answered 200 or 4xx, never 5xx. */
	@Property
	void searching(@ForAll("searchParameters") String parameter, @ForAll("searchValues") String value) {
		Centre centre = centre();
		String query = parameter + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
		for (String resource : new String[] { "/api/v1/reports?", "/api/v1/locations?", "/api/v1/map/locations?zoom=3&" }) {
			Api.Response response = centre.partner().api().get(resource + query);
			assertThat(response.status()).as(resource + query + " → " + response).isLessThan(500);
		}
	}

	@Provide
	Arbitrary<String> searchParameters() {
		return Arbitraries.of("q", "bbox", "near", "radius", "polygon", "observedFrom", "from", "to", "since",
				"originator", "category", "handling", "minGrading", "sort", "cursor", "limit");
	}

	@Provide
	Arbitrary<String> searchValues() {
		Arbitrary<String> numbers = Arbitraries.doubles().between(-1e6, 1e6).map(String::valueOf).list().ofMinSize(1)
			.ofMaxSize(5).map((list) -> String.join(",", list));
		Arbitrary<String> fragments = Arbitraries.of("\"", "'", "&", "|", "!", "(", ")", ":*", "<->", "\\", "%", "_",
				"NaN", "Infinity", "-0", "1e309", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}",
				"{\"type\":\"Polygon\",\"coordinates\":null}", "[[[", "48.85,2.35", "38SMB4488", "\u0000", "\ud800",
				"ا", "٣٣٫٣", "relevance", "distance");
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40), numbers,
				fragments.list().ofMinSize(1).ofMaxSize(4).map((list) -> String.join(" ", list)));
	}

	@Provide
	Arbitrary<byte[]> reports() {
		return HostileJson.bodies(report());
	}

	@Provide
	Arbitrary<byte[]> amendments() {
		return HostileJson.bodies(Map.of("title", "amended", "handling", "AMBER", "locations",
				List.of(Map.of("lat", 1.5, "lon", 2.5, "precisionMeters", 10))));
	}

	@Provide
	Arbitrary<byte[]> withdrawals() {
		return HostileJson.bodies(Map.of("reason", "superseded"));
	}

	@Provide
	Arbitrary<byte[]> releases() {
		return HostileJson.bodies(Map.of("releasableTo", List.of(Map.of("member", "ALL", "detail", "sanitized"))));
	}

	@Provide
	Arbitrary<byte[]> members() {
		return Arbitraries.strings().withCharRange('A', 'Z').ofLength(10)
			.flatMap((code) -> HostileJson.bodies(Map.of("code", code, "name", "Fuzzed " + code)));
	}

	@Provide
	Arbitrary<byte[]> memberChanges() {
		return HostileJson.bodies(Map.of("name", "Renamed", "active", true));
	}

	@Provide
	Arbitrary<byte[]> users() {
		return Arbitraries.strings().withCharRange('a', 'z').ofLength(10)
			.flatMap((name) -> HostileJson.bodies(Map.of("username", "fz." + name, "password",
					"correct horse battery staple", "roles", List.of("analyst"))));
	}

	@Provide
	Arbitrary<byte[]> tokens() {
		return HostileJson.bodies(Map.of("name", "fuzzed"));
	}

	@Provide
	Arbitrary<byte[]> bulks() {
		return HostileJson.bodies(report()).list().ofMinSize(1).ofMaxSize(4).map((lines) -> {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (byte[] line : lines) {
				body.writeBytes(line);
				body.write('\n');
			}
			return body.toByteArray();
		});
	}

	private static Map<String, Object> report() {
		return Map.of("title", "Fuzzed report", "body", "Seen at the crossing.", "language", "en", "category",
				"observation", "observedAt", "2026-03-01T12:00:00Z", "sourceReliability", "B", "credibility", 2,
				"handling", "GREEN", "releasableTo", List.of("ALL"), "locations",
				List.of(Map.of("coordinates", "33.3152, 44.3661", "label", "crossing", "kind", "site"),
						Map.of("lat", 33.3, "lon", 44.4, "precisionMeters", 100, "observedAt", "2026-03-01T11:00:00Z")));
	}

	private static void assertRefusalWritesNothing(byte[] body, java.util.function.Supplier<Api.Response> request) {
		Centre centre = centre();
		long ledger = centre.ledgerSize();
		long reports = centre.reportCount();

		Api.Response response = request.get();

		assertThat(response.status()).as(describe(body, response)).isLessThan(500);
		if (response.status() >= 400) {
			assertThat(response.contentType()).as(describe(body, response)).startsWith("application/problem+json");
			assertThat(centre.ledgerSize()).as("ledger size after " + describe(body, response)).isEqualTo(ledger);
			assertThat(centre.reportCount()).as("reports after " + describe(body, response)).isEqualTo(reports);
		}
	}

	private static String describe(byte[] body, Api.Response response) {
		String text = new String(body, StandardCharsets.UTF_8);
		return "body " + ((text.length() > 300) ? text.substring(0, 300) + "… (" + body.length + " bytes)" : text)
				+ " answered " + ((response.body().length() > 500) ? response.body().substring(0, 500) : response);
	}

	private static synchronized Centre centre() {
		if (centre == null) {
			centre = Centre.start();
		}
		return centre;
	}

	/** The running centre and the fixtures the properties act on. */
	record Centre(Exchange exchange, JdbcClient jdbc, Partner partner, String amended, String withdrawn,
			String released, String changedMember) {

		static Centre start() {
			try {
				ApplicationContext context = new TestContextManager(ApiFuzzIntegrationTests.class).getTestContext()
					.getApplicationContext();
				int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
				Exchange exchange = new Exchange(port);
				Partner partner = exchange.partner("F");
				return new Centre(exchange, context.getBean(JdbcClient.class), partner, submitted(partner),
						submitted(partner), submitted(partner), exchange.partner("M").code());
			}
			catch (Exception exception) {
				throw new IllegalStateException("the centre did not start", exception);
			}
		}

		long ledgerSize() {
			return LedgerEntries.madeByUsers(this.jdbc);
		}

		long reportCount() {
			return this.jdbc.sql("select count(*) from report").query(Long.class).single();
		}

		private static String submitted(Partner partner) {
			Api.Response response = partner.api().post("/api/v1/reports", new String(HostileJson.json(report()), StandardCharsets.UTF_8));
			assertThat(response.status()).as(response.toString()).isEqualTo(201);
			return response.json().path("id").asString();
		}

	}

	/** jqwik does not read Jupiter's conditions, so the skip of {@link TestDatabase} is repeated here. */
	static class SkipWithoutDatabase implements SkipExecutionHook {

		@Override
		public SkipResult shouldBeSkipped(LifecycleContext context) {
			String missing = TestDatabase.missingDatabase();
			return (missing != null) ? SkipResult.skip(missing) : SkipResult.doNotSkip();
		}

	}

}
