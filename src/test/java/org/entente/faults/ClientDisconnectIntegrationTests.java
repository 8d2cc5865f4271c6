package org.entente.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that vanishes in the middle of its upload.
 * <p>
 * A single report cut off mid-body stores nothing. A bulk is stored batch by batch (500 lines, one transaction
 * each), and its answer streams line by line after each batch commits: so a bulk whose client vanished keeps
 * exactly the whole batches read before the body broke off (in the answer, as far as the client was still
 * there to read it), never the batch it broke off in, not even that batch's complete lines; cut off within its
 * first batch, it stores nothing. A retry with the same Idempotency-Key completes it, storing every line once.
 */
@IntegrationTest
class ClientDisconnectIntegrationTests {

	private static final Duration PATIENCE = Duration.ofMinutes(2);

	/** Time for the centre to notice the broken body and finish with the request, whatever it does then. */
	private static final Duration SETTLING = Duration.ofSeconds(1);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Partner partner;

	private String token;

	@BeforeEach
	void partner() {
		Exchange exchange = new Exchange(this.port);
		this.partner = exchange.partner("D");
		this.token = exchange.token(this.partner.analyst());
	}

	@Test
	void aReportWhoseBodyStopsShortOfItsContentLengthStoresNothing() throws Exception {
		byte[] body = report("cut short").getBytes(StandardCharsets.UTF_8);
		RawHttp http = RawHttp.request(this.port, "POST", "/api/v1/reports", reportHeaders(), body.length);
		http.write(Arrays.copyOf(body, body.length / 2));
		http.flush();
		http.close();

		Thread.sleep(SETTLING.toMillis());

		assertThat(titles()).isEmpty();
		assertThat(this.partner.api().post("/api/v1/reports", report("cut short")).status()).isEqualTo(201);
		assertThat(titles()).containsExactly("cut short");
	}

	@Test
	void aChunkedReportWhoseConnectionIsResetMidBodyStoresNothing() throws Exception {
		byte[] body = report("reset").getBytes(StandardCharsets.UTF_8);
		RawHttp http = RawHttp.request(this.port, "POST", "/api/v1/reports", reportHeaders(), -1);
		http.write(Arrays.copyOf(body, body.length - 2));
		http.abort();

		Thread.sleep(SETTLING.toMillis());

		assertThat(titles()).isEmpty();
	}

	@Test
	void aBulkCutOffInItsFirstBatchStoresNothing() throws Exception {
		BulkLines bulk = new BulkLines("first batch cut", 1000);
		BulkUpload upload = BulkUpload.startCutOff(this.port, this.token, "first-batch-cut", bulk, 300);
		Thread.sleep(SETTLING.toMillis());
		upload.abort();
		upload.awaitEnd(PATIENCE);

		Thread.sleep(SETTLING.toMillis());

		assertThat(upload.answeredIds()).isEmpty();
		assertThat(titles()).isEmpty();
	}

	@Test
	void aBulkCutOffLaterKeepsTheWholeBatchesBeforeAndARetryCompletesIt() throws Exception {
		BulkLines bulk = new BulkLines("third batch cut", 1500);
		String key = "third-batch-cut-" + this.partner.code();
		BulkUpload upload = BulkUpload.startCutOff(this.port, this.token, key, bulk, 1200);
		upload.awaitAnswered(2 * BulkLines.BATCH, PATIENCE);
		upload.abort();
		upload.awaitEnd(PATIENCE);
		Thread.sleep(SETTLING.toMillis());

		Map<Integer, String> answered = upload.answeredIds();
		assertThat(answered.keySet()).containsExactlyInAnyOrderElementsOf(lines(1, 2 * BulkLines.BATCH));
		assertThat(storedIdsByLine(bulk)).isEqualTo(answered);

		BulkUpload retry = BulkUpload.start(this.port, this.token, key, bulk).awaitEnd(PATIENCE);

		assertThat(retry.summary()).contains("\"accepted\":1500,\"rejected\":0");
		Map<Integer, String> stored = storedIdsByLine(bulk);
		assertThat(stored).isEqualTo(retry.answeredIds()).hasSize(1500);
		answered.forEach((line, id) -> assertThat(stored.get(line)).as("line %d", line).isEqualTo(id));
	}

	private Map<Integer, String> storedIdsByLine(BulkLines bulk) {
		List<Map.Entry<Integer, String>> rows = this.jdbc.sql("select title, id::text from report where originator = ?")
			.param(this.partner.code())
			.query((row, number) -> Map.entry(bulk.lineOf(row.getString(1)), row.getString(2)))
			.list();
		assertThat(rows).extracting(Map.Entry::getKey).doesNotHaveDuplicates().doesNotContain(0);
		return Map.ofEntries(rows.toArray(Map.Entry[]::new));
	}

	private List<String> titles() {
		return this.jdbc.sql("select title from report where originator = ?")
			.param(this.partner.code())
			.query(String.class)
			.list();
	}

	private Map<String, String> reportHeaders() {
		return Map.of("Authorization", "Bearer " + this.token, "Content-Type", "application/json");
	}

	private static List<Integer> lines(int first, int last) {
		return IntStream.rangeClosed(first, last).boxed().toList();
	}

	private static String report(String title) {
		return "{\"title\":\"" + title + "\",\"body\":\"a body long enough to cut in half\",\"handling\":\"GREEN\","
				+ "\"locations\":[{\"coordinates\":\"33.3152, 44.3661\"}]}";
	}


}
