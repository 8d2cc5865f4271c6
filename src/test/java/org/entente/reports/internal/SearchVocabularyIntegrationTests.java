package org.entente.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name spelt another way finds the report both before the vocabulary has learnt the report's words (read from
 * the report itself) and after (read from search_word), and a stranger finds nothing either way.
 */
@IntegrationTest
class SearchVocabularyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchVocabulary vocabulary;

	@Test
	void aNameSpeltAnotherWayFindsTheReportBeforeAndAfterItsWordsAreLearnt() {
		Exchange exchange = new Exchange(this.port);
		Partner alpha = exchange.partner("VA");
		Partner bravo = exchange.partner("VB");
		Partner stranger = exchange.partner("VC");
		// A made-up town, so that no other test's report has a word close to it.
		String town = "zarkovitsk" + randomLetters(5);
		String variant = town.replace("kovitsk", "kowitsk");
		String body = "Shelling reported at " + town + " this morning.";
		String id = submit(alpha, bravo, body);
		List<UUID> pending = this.jdbc.sql("select report_id from search_word_pending").query(UUID.class).list();
		boolean learntAlready = !pending.contains(UUID.fromString(id));
		assertThat(found(bravo, variant)).as("found by its spelling, learnt already: " + learntAlready).containsExactly(id);

		this.vocabulary.learn();

		assertThat(this.jdbc.sql("select count(*) from search_word_pending where report_id = ?::uuid").param(id)
			.query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select word from search_word where word = ?").param(town).query(String.class).list())
			.containsExactly(town);
		assertThat(found(bravo, variant)).containsExactly(id);
		assertThat(found(bravo, variant + " shelling")).containsExactly(id);
		assertThat(found(bravo, variant + " qqqxxzzy")).as("every word must be close to a word of the report").isEmpty();
		assertThat(found(stranger, variant)).isEmpty();
	}

	private static List<String> found(Partner viewer, String text) {
		Api.Response response = viewer.api().get("/api/v1/reports?q=" + text.replace(" ", "+"));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		response.json().path("items").forEach((item) -> ids.add(item.path("id").asString()));
		return ids;
	}

	private static String submit(Partner originator, Partner recipient, String body) {
		Api.Response submitted = originator.api().post("/api/v1/reports", Map.of("title", "Shelling", "body", body,
				"language", "en", "handling", "AMBER", "releasableTo",
				List.of(Map.of("member", recipient.code(), "detail", "full"))));
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		return submitted.json().path("id").asString();
	}

	private static String randomLetters(int count) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

}
