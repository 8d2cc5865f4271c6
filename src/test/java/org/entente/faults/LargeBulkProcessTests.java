package org.entente.faults;

import java.time.Duration;
import java.util.Map;

import org.entente.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory: the centre under {@code -Xmx512m} takes a 1 GB bulk upload, streamed, and is alive and answering
 * after it. Slow (minutes), so opt-in:
 * {@code ./mvnw -B verify -Dentente.faults.large=true -Dit.test=LargeBulkProcessTests -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 * {@code -Dentente.faults.large-bytes} changes the size.
 */
@EnabledIfSystemProperty(named = "entente.faults.large", matches = "true")
class LargeBulkProcessTests {

	private static final Logger log = LoggerFactory.getLogger(LargeBulkProcessTests.class);

	/** 1 GB, just within the bulk limit of 1 GiB (entente.limits.bulk-request-bytes). */
	private static final long BYTES = Long.getLong("entente.faults.large-bytes", 1_000_000_000L);

	/** Each line carries this much body text, so that a gigabyte is about a hundred thousand reports. */
	private static final int BODY_CHARACTERS = 10_000;

	@Test
	void aOneGigabyteBulkIsStoredByACentreWith512MegabytesOfHeap() throws Exception {
		try (StandalonePostgres postgres = StandalonePostgres.started("large");
				CentreProcess centre = CentreProcess.on(postgres, "large", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError")
					.start()) {
			Exchange exchange = new Exchange(centre.port());
			String member = exchange.partner("L").code();
			String token = exchange.token(member.toLowerCase() + ".analyst");
			BulkLines bulk = new BulkLines("large", 1).withBody("x".repeat(BODY_CHARACTERS));
			int lines = (int) (BYTES / bulk.line(1).length) + 1;
			bulk = new BulkLines("large", lines).withBody("x".repeat(BODY_CHARACTERS));
			log.info("sending {} lines, {} bytes, to a centre with -Xmx512m", lines, bulk.contentLength());
			long start = System.nanoTime();

			BulkUpload upload = BulkUpload.start(centre.port(), token, "large", bulk).awaitEnd(Duration.ofHours(1));

			log.info("stored in {} s", (System.nanoTime() - start) / 1_000_000_000);
			assertThat(upload.status()).isEqualTo(200);
			assertThat(upload.readFailure()).isNull();
			assertThat(upload.summary()).contains("\"accepted\":" + lines + ",\"rejected\":0");
			assertThat(centre.alive()).as("alive after the upload; see " + centre.log()).isTrue();
			assertThat(exchange.admin().get("/api/v1/members").status()).isEqualTo(200);
			assertThat(new StoredState(postgres.dataSource()).reportsOf(member)).hasSize(lines);
		}
	}

}
