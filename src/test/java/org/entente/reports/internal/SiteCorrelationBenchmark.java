package org.entente.reports.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.entente.BenchmarkResults;
import org.entente.EntenteApplication;
import org.entente.geo.Coordinate;
import org.entente.geo.Sanitisation;
import org.entente.ledger.Ledger;
import org.entente.members.Caller;
import org.entente.members.Members;
import org.entente.members.Role;
import org.entente.reports.Detail;
import org.entente.reports.internal.ValidReport.Release;
import org.entente.reports.internal.ValidReport.ValidLocation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: the cost of correlation per stored location, on an embedded PostgreSQL of its own. Stores reports
 * through {@link ReportManagement#store} in transactions of 500, as a bulk submission does, alternating batch by
 * batch between the real correlation and none (every location put into one fixed site, so that the rows and
 * indexes written are the same), so that drift in the machine's load hits both alike. Three spreads of points:
 * the bench's synthetic areas, hot spots (most points repeat one of 200 places) and one dense square kilometre.
 * Prints a table and writes {@code bench/results/sites-<time>.json}.
 * <p>
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.entente.reports.internal.SiteCorrelationBenchmark
 * -Dexec.classpathScope=test [-Dexec.args="10000 AREAS,HOT_SPOTS,DENSE"]} (reports per spread and arm, spreads)
 */
public final class SiteCorrelationBenchmark {

	private static final int BATCH = 500;

	private static final Caller CALLER = new Caller("BENCH", "bench.analyst", java.util.Set.of(Role.ANALYST));

	private final ReportManagement correlated;

	private final ReportManagement uncorrelated;

	private final TimedCorrelation timing;

	private final TransactionTemplate transactions;

	private final Map<String, Object> results = new LinkedHashMap<>();

	private SiteCorrelationBenchmark(ConfigurableApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		jdbc.update("insert into member (code, name, created_at) values ('BENCH', 'Benchmark', now()) on conflict do nothing");
		UUID fixedSite = UUID.randomUUID();
		jdbc.update("insert into site (id, created_at) values (?, now())", fixedSite);
		SiteRepository sites = context.getBean(SiteRepository.class);
		SiteSettings settings = context.getBean(SiteSettings.class);
		this.timing = new TimedCorrelation(sites, settings);
		this.correlated = management(context, this.timing);
		this.uncorrelated = management(context, new NoCorrelation(sites, settings, fixedSite));
		this.transactions = context.getBean(TransactionTemplate.class);
	}

	public static void main(String[] args) throws IOException {
		int reports = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		List<Spread> spreads = (args.length > 1) ? Arrays.stream(args[1].split(",")).map(Spread::valueOf).toList()
				: List.of(Spread.AREAS, Spread.HOT_SPOTS, Spread.DENSE);
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sites-bench-");
		SpringApplication application = new SpringApplication(EntenteApplication.class);
		try (ConfigurableApplicationContext context = application.run("--entente.data-dir=" + data,
				"--entente.database.url=", "--server.port=0", "--entente.ledger.checkpoint-interval=1h",
				"--logging.level.root=warn")) {
			SiteCorrelationBenchmark benchmark = new SiteCorrelationBenchmark(context);
			System.out.printf("%-12s %8s %9s %14s %14s %14s %16s %24s%n", "spread", "reports", "locations",
					"with ms/batch", "without ms/b.", "difference", "correlate()", "first → last tenth");
			benchmark.warmUp();
			for (Spread spread : spreads) {
				benchmark.run(spread, reports);
			}
			benchmark.write();
		}
		System.exit(0);
	}

	private static ReportManagement management(ConfigurableApplicationContext context, SiteCorrelation correlation) {
		return new ReportManagement(context.getBean(ReportRepository.class), context.getBean(ReportValidator.class),
				context.getBean(Members.class), context.getBean(Ledger.class), context.getBean(JsonMapper.class),
				context, correlation);
	}

	/** Lets the JIT compile both arms before anything is measured, far from every measured place. */
	private void warmUp() {
		SplittableRandom random = new SplittableRandom(1);
		for (int batch = 0; batch < 4; batch++) {
			timed(this.correlated, batch(Spread.WARM_UP, random));
			timed(this.uncorrelated, batch(Spread.WARM_UP, random));
		}
	}

	/** Alternates a correlated and an uncorrelated batch until each arm has stored the given number of reports. */
	private void run(Spread spread, int reports) {
		SplittableRandom random = new SplittableRandom(42);
		int batches = reports / BATCH;
		long[] with = new long[batches];
		long[] without = new long[batches];
		long[] correlation = new long[batches];
		long locations = 0;
		for (int batch = 0; batch < batches; batch++) {
			List<ValidReport> correlatedBatch = batch(spread, random);
			List<ValidReport> uncorrelatedBatch = batch(spread, random);
			locations += correlatedBatch.stream().mapToLong((report) -> report.locations().size()).sum();
			this.timing.reset();
			with[batch] = timed(this.correlated, correlatedBatch);
			correlation[batch] = this.timing.nanos();
			without[batch] = timed(this.uncorrelated, uncorrelatedBatch);
		}
		double perLocation = (double) locations / batches;
		double withMs = median(with) / 1e6;
		double withoutMs = median(without) / 1e6;
		double differenceMicros = (median(with) - median(without)) / perLocation / 1e3;
		double correlateMicros = median(correlation) / perLocation / 1e3;
		int tenth = Math.max(1, batches / 10);
		double earlyMicros = median(Arrays.copyOfRange(correlation, 0, tenth)) / perLocation / 1e3;
		double lateMicros = median(Arrays.copyOfRange(correlation, batches - tenth, batches)) / perLocation / 1e3;
		System.out.printf("%-12s %8d %9d %14.1f %14.1f %11.1f µs/l %13.1f µs/l %8.1f → %6.1f µs/l%n", spread,
				reports, locations, withMs, withoutMs, differenceMicros, correlateMicros, earlyMicros, lateMicros);
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("reportsPerArm", reports);
		figures.put("locationsPerArm", locations);
		figures.put("medianBatchMillisecondsWithCorrelation", withMs);
		figures.put("medianBatchMillisecondsWithoutCorrelation", withoutMs);
		figures.put("differenceMicrosecondsPerLocation", differenceMicros);
		figures.put("correlateMicrosecondsPerLocation", correlateMicros);
		figures.put("correlateMicrosecondsPerLocationFirstTenthOfBatches", earlyMicros);
		figures.put("correlateMicrosecondsPerLocationLastTenthOfBatches", lateMicros);
		figures.put("correlateMillisecondsPerBatch", Arrays.toString(Arrays.stream(correlation).map((nanos) -> nanos / 1_000_000).toArray()));
		figures.put("withMillisecondsPerBatch", Arrays.toString(Arrays.stream(with).map((nanos) -> nanos / 1_000_000).toArray()));
		figures.put("withoutMillisecondsPerBatch", Arrays.toString(Arrays.stream(without).map((nanos) -> nanos / 1_000_000).toArray()));
		figures.put("sharePercentOfStore", 100.0 * median(correlation) / median(with));
		this.results.put(spread.name(), figures);
	}

	private long timed(ReportManagement management, List<ValidReport> batch) {
		long start = System.nanoTime();
		this.transactions.executeWithoutResult((status) -> management.store(CALLER, batch));
		return System.nanoTime() - start;
	}

	private static List<ValidReport> batch(Spread spread, SplittableRandom random) {
		List<ValidReport> reports = new ArrayList<>(BATCH);
		for (int i = 0; i < BATCH; i++) {
			List<ValidLocation> locations = new ArrayList<>();
			int count = 1 + random.nextInt(5);
			for (int j = 0; j < count; j++) {
				locations.add(location(spread.point(random)));
			}
			reports.add(new ValidReport("Benchmark sighting", "Seen there.", "en", "bench", null, null, "B", 2, "GREEN",
					List.of(new Release("ALL", Detail.FULL)), locations));
		}
		return reports;
	}

	private static ValidLocation location(double[] point) {
		Coordinate sanitised = Sanitisation.sanitise(point[0], point[1], Sanitisation.DEFAULT_PRECISION_METERS);
		return new ValidLocation(point[0], point[1], 10, null, null, null, null, null, "decimal", sanitised.latitude(),
				sanitised.longitude(), sanitised.precisionMeters());
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private void write() throws IOException {
		BenchmarkResults.write("sites", this.results);
	}

	/** Where the points fall. */
	enum Spread {

		/** As the bench's SyntheticReports: uniform within 0.5° of one of eight areas, few neighbours. */
		AREAS {
			@Override
			double[] point(SplittableRandom random) {
				double[] area = AREA_CENTRES[random.nextInt(AREA_CENTRES.length)];
				return new double[] { area[0] + random.nextDouble(-0.5, 0.5), area[1] + random.nextDouble(-0.5, 0.5) };
			}
		},

		/** Three points in four repeat one of 200 places exactly (named sites), the rest as AREAS. */
		HOT_SPOTS {
			@Override
			double[] point(SplittableRandom random) {
				return (random.nextInt(4) < 3) ? HOT_PLACES[random.nextInt(HOT_PLACES.length)].clone() : AREAS.point(random);
			}
		},

		/** Uniform within one square kilometre: every point within reach of hundreds, one site. */
		DENSE {
			@Override
			double[] point(SplittableRandom random) {
				return new double[] { 10.0 + random.nextDouble(0, 0.009), 20.0 + random.nextDouble(0, 0.009) };
			}
		},

		/** Not measured: within a degree of a place far from all others. */
		WARM_UP {
			@Override
			double[] point(SplittableRandom random) {
				return new double[] { -40 + random.nextDouble(0, 1), -60 + random.nextDouble(0, 1) };
			}
		};

		private static final double[][] AREA_CENTRES = { { 35.9, 14.4 }, { 54.5, 19.5 }, { 33.3, 44.4 },
				{ 12.6, 43.3 }, { -16.5, 179.5 }, { 69.6, 18.9 }, { 1.3, 103.8 }, { 50.4, 30.5 } };

		private static final double[][] HOT_PLACES = hotPlaces();

		abstract double[] point(SplittableRandom random);

		private static double[][] hotPlaces() {
			SplittableRandom random = new SplittableRandom(7);
			double[][] places = new double[200][];
			for (int i = 0; i < places.length; i++) {
				double[] area = AREA_CENTRES[random.nextInt(AREA_CENTRES.length)];
				places[i] = new double[] { area[0] + random.nextDouble(-0.5, 0.5), area[1] + random.nextDouble(-0.5, 0.5) };
			}
			return places;
		}

	}

	/** The real correlation, timed. */
	private static final class TimedCorrelation extends SiteCorrelation {

		private long nanos;

		TimedCorrelation(SiteRepository repository, SiteSettings settings) {
			super(repository, settings);
		}

		@Override
		List<List<UUID>> correlate(List<List<ValidLocation>> locations) {
			long start = System.nanoTime();
			List<List<UUID>> sites = super.correlate(locations);
			this.nanos += System.nanoTime() - start;
			return sites;
		}

		void reset() {
			this.nanos = 0;
		}

		long nanos() {
			return this.nanos;
		}

	}

	/** No neighbour search and no site_point rows: every location goes into one fixed site. */
	private static final class NoCorrelation extends SiteCorrelation {

		private final UUID site;

		NoCorrelation(SiteRepository repository, SiteSettings settings, UUID site) {
			super(repository, settings);
			this.site = site;
		}

		@Override
		List<List<UUID>> correlate(List<List<ValidLocation>> locations) {
			return locations.stream().map((ofReport) -> ofReport.stream().map((location) -> this.site).toList()).toList();
		}

	}

}
