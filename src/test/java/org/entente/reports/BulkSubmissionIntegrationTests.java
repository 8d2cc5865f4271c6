package org.entente.reports;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.entente.LedgerEntries;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** NDJSON bulk submission: per-line results, only valid lines stored, idempotent retries. */
@IntegrationTest
class BulkSubmissionIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Line numbers (from 1) that carry a broken report, each broken differently. */
	private static final List<Integer> INVALID_LINES = List.of(7, 500, 501, 1234, 2500, 4999, 5000, 7777, 9000, 10000);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tenThousandReportsWithThirtyThousandLocationsStoreExactlyTheValidLines() {
		Partner originator = new Exchange(this.port).partner("BK");
		String marker = UUID.randomUUID().toString();
		String body = ndjson(marker, 10_000);
		long ledgerBefore = ledgerSize();

		Api.Response first = bulk(originator, body, "bulk-" + marker);
		assertThat(first.status()).as(first.body().substring(0, Math.min(500, first.body().length()))).isEqualTo(200);
		JsonNode answer = first.json();
		assertThat(answer.path("accepted").asLong()).isEqualTo(9_990);
		assertThat(answer.path("rejected").asLong()).isEqualTo(10);
		assertThat(answer.path("items")).hasSize(10_000);
		List<Integer> rejectedLines = answer.path("items").valueStream().filter((item) -> item.has("problem"))
			.map((item) -> item.path("line").asInt()).toList();
		assertThat(rejectedLines).containsExactlyElementsOf(INVALID_LINES);
		assertThat(storedReports(marker)).isEqualTo(9_990);
		assertThat(storedLocations(marker)).isEqualTo(9_990 * 3);
		assertThat(ledgerSize() - ledgerBefore).as("one ledger entry per stored report").isEqualTo(9_990);
		assertThat(answer.path("items").get(0).path("ref").asString()).matches(originator.code() + "-\\d{4}-00001");

		Api.Response retry = bulk(originator, body, "bulk-" + marker);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.json()).isEqualTo(answer);
		assertThat(storedReports(marker)).isEqualTo(9_990);
		assertThat(ledgerSize() - ledgerBefore).isEqualTo(9_990);
	}

	@Test
	void theSameKeyWithAnotherBodyIsAConflictAndStoresNothing() {
		Partner originator = new Exchange(this.port).partner("BK");
		String marker = UUID.randomUUID().toString();
		assertThat(bulk(originator, ndjson(marker, 20), "key-" + marker).status()).isEqualTo(200);
		String other = UUID.randomUUID().toString();
		Api.Response conflict = bulk(originator, ndjson(other, 20), "key-" + marker);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.contentType()).startsWith("application/problem+json");
		assertThat(storedReports(other)).isZero();
	}

	@Test
	void eachLineIsAnsweredWithTheFieldThatIsWrong() {
		Partner originator = new Exchange(this.port).partner("BK");
		String body = line("ok", 0) + "\n{not json\n" + "{\"title\":\"\",\"body\":\"b\",\"handling\":\"RED\"}\n\n"
				+ line("ok", 1) + "\n";
		Api.Response response = bulk(originator, body, null);
		JsonNode items = response.json().path("items");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(items).hasSize(4);
		assertThat(items.get(1).path("problem").path("status").asInt()).isEqualTo(400);
		assertThat(items.get(2).path("line").asInt()).isEqualTo(3);
		assertThat(items.get(2).path("problem").path("errors").get(0).path("field").asString()).isEqualTo("title");
		assertThat(items.get(3).path("line").asInt()).as("blank lines count but are skipped").isEqualTo(5);
	}

	private String ndjson(String marker, int lines) {
		StringBuilder body = new StringBuilder();
		Set<Integer> invalid = Set.copyOf(INVALID_LINES);
		for (int number = 1; number <= lines; number++) {
			body.append(invalid.contains(number) ? invalidLine(marker, number) : line(marker, number)).append('\n');
		}
		return body.toString();
	}

	private static String line(String marker, int number) {
		List<Map<String, Object>> locations = new ArrayList<>();
		locations.add(Map.of("coordinates", "38SMB" + String.format("%04d", number % 10_000) + "8800"));
		locations.add(Map.of("lat", 33.0 + number / 100_000.0, "lon", 44.0));
		locations.add(Map.of("coordinates", "33°18'54\"N 44°21'58\"E", "label", "line " + number));
		return JSON.writeValueAsString(Map.of("title", marker + " " + number, "body", "Bulk line " + number,
				"handling", "GREEN", "category", "bulk", "releasableTo", List.of("ALL"), "locations", locations));
	}

	private static String invalidLine(String marker, int number) {
		return switch (number % 5) {
			case 0 -> "{\"title\":\"" + marker + "\",\"body\":\"x\",\"handling\":\"RED\",\"locations\":[{\"lat\":91,\"lon\":0}]}";
			case 1 -> "{\"title\":\"" + marker + "\",\"body\":\"x\",\"handling\":\"PURPLE\"}";
			case 2 -> "{\"title\":\"" + marker + "\",\"body\":\"x\",\"handling\":\"RED\",\"locations\":[{\"coordinates\":\"99ZZZ\"}]}";
			case 3 -> "{\"title\":\"" + marker + "\",\"body\":\"x\",\"handling\":\"RED\",\"releasableTo\":[\"NOSUCHMEMBER\"]}";
			default -> "{\"title\": \"" + marker + "\", broken";
		};
	}

	private Api.Response bulk(Partner partner, String body, String key) {
		return partner.api().send("POST", "/api/v1/reports/bulk", BodyPublishers.ofString(body), "application/x-ndjson",
				(key != null) ? Map.of("Idempotency-Key", key) : Map.of());
	}

	private long storedReports(String marker) {
		return this.jdbc.sql("select count(*) from report where title like ?").param(marker + " %").query(Long.class).single();
	}

	private long storedLocations(String marker) {
		return this.jdbc.sql("select count(*) from location l join report r on r.id = l.report_id where r.title like ?")
			.param(marker + " %").query(Long.class).single();
	}

	private long ledgerSize() {
		return LedgerEntries.madeByUsers(this.jdbc);
	}

}
