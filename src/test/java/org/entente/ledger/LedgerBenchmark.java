package org.entente.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;

import org.entente.EntenteApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: measures the ledger on an embedded PostgreSQL of its own. Append rate with the Merkle tree update
 * against a raw INSERT of the same rows (one entry per transaction, as one command makes, and batches of 1000),
 * then proof generation at 1M entries. Prints a table and writes {@code bench/results/ledger-<time>.json}.
 * <p>
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.entente.ledger.LedgerBenchmark
 * -Dexec.classpathScope=test [-Dexec.args="1000000"]}
 */
public final class LedgerBenchmark {

	private static final int SINGLE_APPENDS = 10_000;

	private static final int BATCH = 1_000;

	private static final int PROOFS = 10_000;

	private final Ledger ledger;

	private final PublishedLedger published;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final Map<String, Object> results = new LinkedHashMap<>();

	private LedgerBenchmark(ConfigurableApplicationContext context) {
		this.ledger = context.getBean(Ledger.class);
		this.published = context.getBean(PublishedLedger.class);
		this.transaction = context.getBean(TransactionTemplate.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	public static void main(String[] args) throws IOException {
		long target = (args.length > 0) ? Long.parseLong(args[0]) : 1_000_000;
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "ledger-bench-");
		SpringApplication application = new SpringApplication(EntenteApplication.class);
		try (ConfigurableApplicationContext context = application.run("--entente.data-dir=" + data,
				"--entente.database.url=", "--server.port=0", "--entente.ledger.checkpoint-interval=1h", "--logging.level.root=warn")) {
			LedgerBenchmark benchmark = new LedgerBenchmark(context);
			benchmark.run(target);
			benchmark.write();
		}
		System.exit(0);
	}

	private void run(long target) {
		this.jdbc.execute("create table ledger_raw (like ledger including all)");
		rate("append, 1 entry per transaction", SINGLE_APPENDS, count -> appendEach(count));
		rate("raw insert, 1 row per transaction", SINGLE_APPENDS, count -> insertEach(count));
		rate("append, 1000 entries per transaction", 100 * BATCH, count -> appendBatches(count));
		rate("raw insert, 1000 rows per transaction", 100 * BATCH, count -> insertBatches(count));
		long remaining = target - this.ledger.size();
		if (remaining > 0) {
			rate("fill to " + target + " entries (append batches)", remaining, count -> appendBatches(count));
		}
		long size = this.ledger.size();
		this.results.put("entries", size);
		latency("inclusion proof", () -> this.published.inclusionProof(random(size), size));
		latency("consistency proof", () -> this.published.consistencyProof(1 + random(size - 1), size));
		latency("root hash of a past size", () -> this.published.rootHash(1 + random(size)));
	}

	private void appendEach(long count) {
		for (long index = 0; index < count; index++) {
			this.transaction.executeWithoutResult(status -> this.ledger.append(record()));
		}
	}

	private void appendBatches(long count) {
		for (long done = 0; done < count; done += BATCH) {
			int size = (int) Math.min(BATCH, count - done);
			List<LedgerRecord> records = new ArrayList<>(size);
			for (int index = 0; index < size; index++) {
				records.add(record());
			}
			this.transaction.executeWithoutResult(status -> this.ledger.appendAll(records));
		}
	}

	/** The same rows as the ledger holds, without sequence reservation, tree or notification. */
	private void insertEach(long count) {
		long first = nextRawSeq();
		for (long index = 0; index < count; index++) {
			long seq = first + index;
			this.transaction.executeWithoutResult(status -> insertRaw(List.of(seq)));
		}
	}

	private void insertBatches(long count) {
		long first = nextRawSeq();
		for (long done = 0; done < count; done += BATCH) {
			List<Long> seqs = new ArrayList<>();
			for (long index = done; index < Math.min(count, done + BATCH); index++) {
				seqs.add(first + index);
			}
			this.transaction.executeWithoutResult(status -> insertRaw(seqs));
		}
	}

	private void insertRaw(List<Long> seqs) {
		this.jdbc.batchUpdate("""
				insert into ledger_raw (seq, recorded_at, actor_member, actor_user, type, subject_type, subject_id, event, salt)
				values (?, now(), 'CENTRE', 'bench', 'bench.appended', 'member', 'CENTRE', ?, ?)
				""", seqs, seqs.size(), (statement, seq) -> {
			byte[] salt = new byte[32];
			ThreadLocalRandom.current().nextBytes(salt);
			statement.setLong(1, seq);
			statement.setString(2, "{\"index\":" + seq + ",\"note\":\"a benchmark entry of typical size\"}");
			statement.setBytes(3, salt);
		});
	}

	private long nextRawSeq() {
		return this.jdbc.queryForObject("select coalesce(max(seq) + 1, 0) from ledger_raw", Long.class);
	}

	private static LedgerRecord record() {
		return new LedgerRecord(new Actor("CENTRE", "bench"), "bench.appended", Subject.member("CENTRE"),
				Map.of("index", ThreadLocalRandom.current().nextInt(), "note", "a benchmark entry of typical size"));
	}

	private void rate(String name, long count, LongConsumer work) {
		long start = System.nanoTime();
		work.accept(count);
		double seconds = (System.nanoTime() - start) / 1e9;
		double rate = count / seconds;
		System.out.printf("%-48s %10d rows %8.2f s %12.0f rows/s%n", name, count, seconds, rate);
		this.results.put(name, Map.of("rows", count, "seconds", seconds, "rowsPerSecond", rate));
	}

	private void latency(String name, Runnable work) {
		for (int index = 0; index < 1000; index++) {
			work.run();
		}
		long[] nanos = new long[PROOFS];
		for (int index = 0; index < PROOFS; index++) {
			long start = System.nanoTime();
			work.run();
			nanos[index] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		double median = nanos[PROOFS / 2] / 1e3;
		double p99 = nanos[PROOFS * 99 / 100] / 1e3;
		System.out.printf("%-48s median %8.1f µs   p99 %8.1f µs%n", name + " at " + this.results.get("entries"), median,
				p99);
		this.results.put(name, Map.of("samples", PROOFS, "medianMicroseconds", median, "p99Microseconds", p99));
	}

	private static long random(long bound) {
		return ThreadLocalRandom.current().nextLong(bound);
	}

	private void write() throws IOException {
		String time = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
		Path file = Files.createDirectories(Path.of("bench", "results")).resolve("ledger-" + time + ".json");
		StringBuilder json = new StringBuilder("{\n  \"benchmark\": \"ledger\",\n  \"time\": \"" + Instant.now() + "\"");
		this.results.forEach((name, value) -> json.append(",\n  \"").append(name).append("\": ").append(toJson(value)));
		Files.writeString(file, json.append("\n}\n").toString());
		System.out.println("written to " + file);
	}

	private static String toJson(Object value) {
		if (value instanceof Map<?, ?> map) {
			StringBuilder json = new StringBuilder("{");
			map.forEach((key, inner) -> json.append(json.length() > 1 ? ", " : "").append('"').append(key)
				.append("\": ").append(toJson(inner)));
			return json.append('}').toString();
		}
		return String.valueOf(value);
	}

}
