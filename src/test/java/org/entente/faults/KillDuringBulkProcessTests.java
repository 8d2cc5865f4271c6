package org.entente.faults;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.entente.Exchange;
import org.entente.faults.StoredState.StoredReport;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the centre at a random moment of a bulk ingest, then a restart on the same database: every
 * line answered with an id is stored with all its locations, nothing is half-stored, the ledger verifies, and a
 * retry with the same Idempotency-Key completes the bulk with every line exactly once.
 * <p>
 * {@code -Dentente.faults.kill-iterations} (3 by default, as CI runs it; the benchmark harness runs 10),
 * {@code -Dentente.faults.bulk-lines} (4,000) and {@code -Dentente.faults.seed} (random, logged) tune it.
 */
class KillDuringBulkProcessTests {

	private static final Logger log = LoggerFactory.getLogger(KillDuringBulkProcessTests.class);

	private static final int ITERATIONS = Integer.getInteger("entente.faults.kill-iterations", 3);

	private static final int LINES = Integer.getInteger("entente.faults.bulk-lines", 4000);

	private static final Duration PATIENCE = Duration.ofMinutes(5);

	@Test
	void everyAnsweredLineSurvivesAKillAndARetryWithTheSameKeyCompletesTheBulk() throws Exception {
		long seed = Long.getLong("entente.faults.seed", new Random().nextLong());
		log.info("kill -9 during bulk: {} iterations of {} lines, -Dentente.faults.seed={}", ITERATIONS, LINES, seed);
		Random random = new Random(seed);
		try (StandalonePostgres postgres = StandalonePostgres.started("kill");
				CentreProcess centre = CentreProcess.on(postgres, "kill", CentreProcess.QUICK_START).start()) {
			Exchange exchange = new Exchange(centre.port());
			String member = exchange.partner("K").code();
			String token = exchange.token(member.toLowerCase() + ".analyst");
			StoredState state = new StoredState(postgres.dataSource());
			for (int iteration = 1; iteration <= ITERATIONS; iteration++) {
				BulkLines bulk = new BulkLines("kill " + seed + " iteration " + iteration, LINES);
				String key = "kill-" + seed + "-" + iteration;
				int killAfter = random.nextInt(LINES);
				Map<Integer, String> answered = answeredBeforeKill(centre, token, key, bulk, killAfter, random);
				log.info("iteration {}: killed after {} lines were answered (aimed at {})", iteration, answered.size(),
						killAfter);
				centre.start();
				assertAnsweredLinesAreStoredWhole(state, member, bulk, answered);
				state.assertLedgerVerifies();
				assertRetryCompletesTheBulk(centre, token, key, bulk, answered, state, member);
			}
		}
	}

	private static Map<Integer, String> answeredBeforeKill(CentreProcess centre, String token, String key,
			BulkLines bulk, int killAfter, Random random) throws Exception {
		BulkUpload upload = BulkUpload.start(centre.port(), token, key, bulk);
		upload.awaitAnswered(killAfter, PATIENCE);
		// Not always right on an answer's boundary: sometimes mid-batch, mid-transaction or mid-write.
		Thread.sleep(random.nextInt(100));
		centre.kill();
		return upload.awaitEnd(PATIENCE).answeredIds();
	}

	/**
	 * Every answered line is stored under the id it was answered with; what is stored is a run of whole
	 * batches from line 1 (a batch is one transaction), each report with its locations, one version and one
	 * submission entry. Batches may be stored unanswered, when the kill fell between commit and answer.
	 */
	private static void assertAnsweredLinesAreStoredWhole(StoredState state, String member, BulkLines bulk,
			Map<Integer, String> answered) {
		Map<Integer, StoredReport> stored = storedLines(state, member, bulk);
		answered.forEach((line, id) -> {
			assertThat(stored).as("answered line %d", line).containsKey(line);
			assertThat(stored.get(line).id()).as("id of answered line %d", line).isEqualTo(id);
		});
		for (Map.Entry<Integer, StoredReport> entry : stored.entrySet()) {
			assertStoredWhole(entry.getKey(), entry.getValue());
		}
		int storedLines = stored.size();
		assertThat(storedLines % BulkLines.BATCH == 0 || storedLines == bulk.count())
			.as("%d lines stored: whole batches of %d only", storedLines, BulkLines.BATCH).isTrue();
		assertThat(new TreeSet<>(stored.keySet())).as("stored lines are the first ones, in order")
			.isEqualTo(new TreeSet<>(IntStream.rangeClosed(1, storedLines).boxed().toList()));
	}

	private static void assertRetryCompletesTheBulk(CentreProcess centre, String token, String key, BulkLines bulk,
			Map<Integer, String> answeredBefore, StoredState state, String member) throws Exception {
		BulkUpload retry = BulkUpload.start(centre.port(), token, key, bulk).awaitEnd(PATIENCE);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.readFailure()).isNull();
		assertThat(retry.answeredProblems()).isEmpty();
		assertThat(retry.summary()).contains("\"accepted\":" + bulk.count());
		Map<Integer, String> ids = retry.answeredIds();
		assertThat(ids).hasSize(bulk.count());
		answeredBefore.forEach((line, id) -> assertThat(ids.get(line)).as("retried line %d", line).isEqualTo(id));
		Map<Integer, StoredReport> stored = storedLines(state, member, bulk);
		assertThat(stored).hasSize(bulk.count());
		stored.forEach((line, report) -> {
			assertThat(report.id()).as("line %d", line).isEqualTo(ids.get(line));
			assertStoredWhole(line, report);
		});
		state.assertLedgerVerifies();
	}

	/** The stored reports of this bulk by line; a line stored twice fails here. */
	private static Map<Integer, StoredReport> storedLines(StoredState state, String member, BulkLines bulk) {
		Map<Integer, StoredReport> byLine = new HashMap<>();
		List<StoredReport> reports = state.reportsOf(member);
		for (StoredReport report : reports) {
			int line = bulk.lineOf(report.title());
			if (line > 0) {
				StoredReport twice = byLine.put(line, report);
				assertThat(twice).as("line %d stored twice", line).isNull();
			}
		}
		return byLine;
	}

	private static void assertStoredWhole(int line, StoredReport report) {
		assertThat(report.locations()).as("locations of line %d", line).isEqualTo(BulkLines.expectedLocations(line));
		assertThat(report.versions()).as("versions of line %d", line).isEqualTo(1);
		assertThat(report.submittedEntries()).as("submission entries of line %d", line).isEqualTo(1);
	}

}
