package org.entente.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;

import org.entente.BenchmarkResults;
import org.entente.EntenteApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: measures the ledger on an embedded PostgreSQL of its own. Append rate with the Merkle tree update,
 * through {@link Ledger} as commands append, against a raw INSERT of the same rows into a table of the same shape
 * (one entry per transaction, as one command makes, and batches of 1000, as a JDBC batch and as one INSERT of
 * unnested arrays, the faster counting), after both were warmed up, taking turns; then proof generation at 1M
 * entries. Prints a table and writes {@code bench/results/ledger-<time>.json}.
 * <p>
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.entente.ledger.LedgerBenchmark
 * -Dexec.classpathScope=test [-Dexec.args="1000000"]}
 */
public final class LedgerBenchmark {

	private static final int SINGLE_APPENDS = 10_000;

	private static final int BATCH = 1_000;

	private static final int PROOFS = 10_000;

	private static final int ROUNDS = 20;

	private static final String RAW_INSERT = """
			insert into ledger_raw (seq, recorded_at, actor_member, actor_user, type, subject_type, subject_id, event, salt)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String FLOOR_INSERT = """
			with entry as (
			    insert into ledger_floor (seq, recorded_at, actor_member, actor_user, type, subject_type, subject_id, event, salt)
			    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
			)
			insert into ledger_tree_floor (leaf, hashes) values (?, ?)
			""";

	private static final String FLOOR_INSERT_UNNEST = """
			with entries as (
			    insert into ledger_floor (seq, recorded_at, actor_member, actor_user, type, subject_type, subject_id, event, salt)
			    select seq, ?, actor_member, actor_user, type, subject_type, subject_id, event, salt
			    from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bytea[])
			        as row(seq, actor_member, actor_user, type, subject_type, subject_id, event, salt)
			)
			insert into ledger_tree_floor (leaf, hashes) select * from unnest(?::bigint[], ?::bytea[])
			""";

	private static final String RAW_INSERT_UNNEST = """
			insert into ledger_raw (seq, recorded_at, actor_member, actor_user, type, subject_type, subject_id, event, salt)
			select seq, ?, actor_member, actor_user, type, subject_type, subject_id, event, salt
			from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bytea[])
			    as row(seq, actor_member, actor_user, type, subject_type, subject_id, event, salt)
			""";

	private final Ledger ledger;

	private final PublishedLedger published;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final Map<String, Object> results = new LinkedHashMap<>();

	/** The dissemination module's LISTEN on the ledger's channel, which wakes on every append. */
	private final SmartLifecycle streamListener;

	private LedgerBenchmark(ConfigurableApplicationContext context) {
		this.ledger = context.getBean(Ledger.class);
		this.published = context.getBean(PublishedLedger.class);
		this.transaction = context.getBean(TransactionTemplate.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.streamListener = context.getBeansOfType(SmartLifecycle.class).values().stream()
			.filter((bean) -> bean.getClass().getSimpleName().equals("LedgerListener"))
			.findFirst()
			.orElseThrow();
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
		this.jdbc.execute("create table ledger_floor (like ledger including all)");
		this.jdbc.execute("create table ledger_tree_floor (like ledger_tree including all)");
		warmUp();
		Map<String, LongConsumer> single = new LinkedHashMap<>();
		single.put("append, 1 entry per transaction", count -> appendEach(count));
		single.put("raw insert, 1 row per transaction", count -> insertEach(count));
		single.put("floor: ledger + tree row, 1 INSERT per transaction", count -> insertFloorEach(count));
		compare("1 per transaction", ROUNDS, SINGLE_APPENDS / ROUNDS, single);
		Map<String, LongConsumer> batches = new LinkedHashMap<>();
		batches.put("append, 1000 entries per transaction", count -> appendBatches(count));
		batches.put("raw insert, 1000 rows per transaction (JDBC batch)", count -> insertBatches(count, false));
		batches.put("raw insert, 1000 rows per transaction (unnest)", count -> insertBatches(count, true));
		batches.put("floor: ledger + tree rows, 1000 per INSERT", count -> insertFloorBatches(count));
		compare("1000 per transaction", ROUNDS, 100L * BATCH / ROUNDS, batches);
		// The stream hub's listener wakes on every append's NOTIFY and reads the new entries, on the same two
		// cores: its share of the figures above is measured by running the single appends again without it.
		this.streamListener.stop();
		Map<String, LongConsumer> quiet = new LinkedHashMap<>();
		quiet.put("append, 1 entry per transaction, stream listener stopped", count -> appendEach(count));
		quiet.put("raw insert, 1 row per transaction, stream listener stopped", count -> insertEach(count));
		compare("1 per transaction, stream listener stopped", ROUNDS, SINGLE_APPENDS / ROUNDS, quiet);
		long remaining = target - this.ledger.size();
		if (remaining > 0) {
			rate("fill to " + target + " entries (append batches)", remaining, count -> appendBatches(count));
		}
		long size = this.ledger.size();
		this.results.put("entries", size);
		settle();
		latency("inclusion proof", () -> this.published.inclusionProof(random(size), size));
		latency("consistency proof", () -> this.published.consistencyProof(1 + random(size - 1), size));
		latency("root hash of a past size", () -> this.published.rootHash(1 + random(size)));
	}

	/** Both sides' code paths compiled by the JIT before either is timed, so the first timed is not penalised. */
	private void warmUp() {
		for (int round = 0; round < 3; round++) {
			appendEach(1000);
			insertEach(1000);
			appendBatches(5 * BATCH);
			insertBatches(5 * BATCH, false);
			insertBatches(5 * BATCH, true);
			insertFloorEach(1000);
			insertFloorBatches(5 * BATCH);
		}
	}

	/**
	 * A ledger of 1M entries in service has long been vacuumed and analysed; this one was filled a moment ago, and
	 * autovacuum would otherwise run through the tables while the proofs are timed.
	 */
	private void settle() {
		long start = System.nanoTime();
		this.jdbc.execute("vacuum (analyze) ledger, ledger_tree");
		System.out.printf("%-48s %8.2f s%n", "vacuum (analyze) ledger, ledger_tree", (System.nanoTime() - start) / 1e9);
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

	/**
	 * The rows the ledger holds, with the same columns, values of the same kinds and sizes and the same
	 * connection, without sequence reservation, tree or notification: one plain INSERT per transaction.
	 */
	private void insertEach(long count) {
		long first = nextRawSeq();
		for (long index = 0; index < count; index++) {
			long seq = first + index;
			this.transaction.executeWithoutResult(status -> this.jdbc.update(RAW_INSERT, rawRow(seq, Instant.now())));
		}
	}

	/** 1000 rows per transaction, as a JDBC batch or as one INSERT of unnested arrays, whichever is faster. */
	private void insertBatches(long count, boolean unnest) {
		long first = nextRawSeq();
		for (long done = 0; done < count; done += BATCH) {
			List<Object[]> rows = new ArrayList<>();
			Instant time = Instant.now();
			for (long index = done; index < Math.min(count, done + BATCH); index++) {
				rows.add(rawRow(first + index, time));
			}
			this.transaction.executeWithoutResult(status -> {
				if (unnest) {
					this.jdbc.update(RAW_INSERT_UNNEST, columns(rows));
				}
				else {
					this.jdbc.batchUpdate(RAW_INSERT, rows);
				}
			});
		}
	}

	/**
	 * The storage floor: the same ledger rows and ledger_tree rows of the right size, both in one INSERT
	 * statement, into tables of the same shape; no head, guard, hashing or notification. What storing the tree
	 * costs at the least, beside the raw rows.
	 */
	private void insertFloorEach(long count) {
		long first = nextFloorSeq();
		for (long index = 0; index < count; index++) {
			Object[] row = rawRow(first + index, Instant.now());
			Object[] values = Arrays.copyOf(row, row.length + 2);
			values[row.length] = first + index;
			values[row.length + 1] = treeRow(first + index);
			this.transaction.executeWithoutResult(status -> this.jdbc.update(FLOOR_INSERT, values));
		}
	}

	private void insertFloorBatches(long count) {
		long first = nextFloorSeq();
		for (long done = 0; done < count; done += BATCH) {
			List<Object[]> rows = new ArrayList<>();
			Instant time = Instant.now();
			for (long index = done; index < Math.min(count, done + BATCH); index++) {
				rows.add(rawRow(first + index, time));
			}
			Object[] columns = columns(rows);
			Object[] values = Arrays.copyOf(columns, columns.length + 2);
			values[columns.length] = columns[1];
			values[columns.length + 1] = Arrays.stream((long[]) columns[1]).mapToObj(LedgerBenchmark::treeRow)
				.toArray(byte[][]::new);
			this.transaction.executeWithoutResult(status -> this.jdbc.update(FLOOR_INSERT_UNNEST, values));
		}
	}

	/** A ledger_tree row's size: one hash, and one per subtree the leaf completes (its trailing one bits). */
	private static byte[] treeRow(long leaf) {
		byte[] hashes = new byte[32 * (1 + Long.numberOfTrailingZeros(~leaf))];
		ThreadLocalRandom.current().nextBytes(hashes);
		return hashes;
	}

	private long nextFloorSeq() {
		return this.jdbc.queryForObject("select coalesce(max(seq) + 1, 0) from ledger_floor", Long.class);
	}

	private static Object[] rawRow(long seq, Instant time) {
		byte[] salt = new byte[32];
		ThreadLocalRandom.current().nextBytes(salt);
		String event = "{\"index\":" + ThreadLocalRandom.current().nextInt() + ",\"note\":\"a benchmark entry of typical size\"}";
		return new Object[] { seq, OffsetDateTime.ofInstant(time, ZoneOffset.UTC), "CENTRE", "bench", "bench.appended",
				"member", "CENTRE", event, salt };
	}

	/** The rows as one array per column, the time once (an append stamps its entries with one time too). */
	private static Object[] columns(List<Object[]> rows) {
		long[] seqs = new long[rows.size()];
		String[][] texts = new String[6][rows.size()];
		byte[][] salts = new byte[rows.size()][];
		for (int row = 0; row < rows.size(); row++) {
			seqs[row] = (Long) rows.get(row)[0];
			for (int column = 0; column < 6; column++) {
				texts[column][row] = (String) rows.get(row)[2 + column];
			}
			salts[row] = (byte[]) rows.get(row)[8];
		}
		return new Object[] { rows.get(0)[1], seqs, texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], salts };
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
		record(name, count, System.nanoTime() - start);
	}

	private void record(String name, long count, long nanos) {
		double seconds = nanos / 1e9;
		double rate = count / seconds;
		System.out.printf("%-48s %10d rows %8.2f s %12.0f rows/s%n", name, count, seconds, rate);
		this.results.put(name, Map.of("rows", count, "seconds", seconds, "rowsPerSecond", rate));
	}

	/**
	 * Times the append (first), its raw baselines and the storage floor side by side: they take turns in short
	 * rounds, in an order that alternates, so that load from elsewhere on a shared machine falls on all alike. Each
	 * side's rate is its rows over its own time in all rounds; the ratios are against the fastest raw way (goal for
	 * the append ≤ 2).
	 */
	private void compare(String name, int rounds, long rowsPerRound, Map<String, LongConsumer> sides) {
		List<String> order = new ArrayList<>(sides.keySet());
		Map<String, long[]> nanos = new LinkedHashMap<>();
		order.forEach(side -> nanos.put(side, new long[rounds]));
		for (int round = 0; round < rounds; round++) {
			for (String side : order) {
				long start = System.nanoTime();
				sides.get(side).accept(rowsPerRound);
				nanos.get(side)[round] = System.nanoTime() - start;
			}
			Collections.reverse(order);
		}
		nanos.forEach((side, times) -> record(side, rounds * rowsPerRound, LongStream.of(times).sum()));
		long[] append = nanos.values().iterator().next();
		List<long[]> raws = nanos.entrySet().stream().filter(side -> side.getKey().startsWith("raw insert"))
			.map(Map.Entry::getValue).toList();
		ratio("raw ÷ append, " + name, append, raws, rounds);
		nanos.entrySet().stream().filter(side -> side.getKey().startsWith("floor"))
			.forEach(floor -> ratio("raw ÷ floor, " + name, floor.getValue(), raws, rounds));
	}

	/**
	 * How many times the raw rate (the fastest raw way) is the rate of {@code subject}: over all rounds, and as the
	 * median of the rounds' ratios.
	 */
	private void ratio(String name, long[] subject, List<long[]> raws, int rounds) {
		double overall = LongStream.of(subject).sum() / (double) raws.stream()
			.mapToLong(times -> LongStream.of(times).sum()).min().orElseThrow();
		double[] perRound = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			int index = round;
			perRound[round] = subject[round] / (double) raws.stream().mapToLong(times -> times[index]).min().orElseThrow();
		}
		Arrays.sort(perRound);
		double median = perRound[rounds / 2];
		System.out.printf("%-48s %8.2f×   median of %d rounds %6.2f×%n", name, overall, rounds, median);
		this.results.put(name, Map.of("allRounds", overall, "medianOfRounds", median));
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
		double p999 = nanos[PROOFS * 999 / 1000] / 1e3;
		double maximum = nanos[PROOFS - 1] / 1e3;
		System.out.printf("%-48s median %8.1f µs   p99 %8.1f µs   p99.9 %8.1f µs   max %8.1f µs%n",
				name + " at " + this.results.get("entries"), median, p99, p999, maximum);
		this.results.put(name, Map.of("samples", PROOFS, "medianMicroseconds", median, "p99Microseconds", p99,
				"p999Microseconds", p999, "maximumMicroseconds", maximum));
	}

	private static long random(long bound) {
		return ThreadLocalRandom.current().nextLong(bound);
	}

	private void write() throws IOException {
		BenchmarkResults.write("ledger", this.results);
	}

}
