package org.entente.reports.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.entente.reports.internal.ViewerSites.SeenLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long splitting one stored site into a member's sites takes (ViewerSites, its grid of cells) beside the plain
 * latitude sweep over the same locations, in the same run: every read of a site or of a page of reports with
 * sites does it for the stored sites concerned. Pure Java, no database. Prints a table and writes
 * {@code bench/results/viewer-sites-<time>.json}.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.entente.reports.internal.ViewerSitesBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class ViewerSitesBenchmark {

	private static final int RUNS = 9;

	private ViewerSitesBenchmark() {
	}

	public static void main(String[] arguments) throws IOException {
		SiteSettings settings = new SiteSettings(250, Map.of());
		List<Map<String, Object>> rows = new ArrayList<>();
		System.out.printf("%-34s %8s %7s %14s %14s%n", "spread", "locations", "sites", "grid median ms", "sweep median ms");
		for (Object[] spread : new Object[][] { { "town, 3.3 km square", 13_600, 0.03 },
				{ "one square kilometre", 30_000, 0.009 }, { "city, 22 km square", 100_000, 0.2 },
				{ "sparse, 220 km square", 3_000, 2.0 } }) {
			List<SeenLocation> locations = uniform((int) spread[1], (double) spread[2]);
			List<Double> grid = new ArrayList<>();
			List<Double> sweep = new ArrayList<>();
			int sites = 0;
			for (int run = 0; run < RUNS; run++) {
				long start = System.nanoTime();
				sites = ViewerSites.of(locations, settings).size();
				grid.add((System.nanoTime() - start) / 1e6);
				int[] parent = new int[locations.size()];
				for (int i = 0; i < parent.length; i++) {
					parent[i] = i;
				}
				start = System.nanoTime();
				ViewerSites.sweep(locations, settings, parent);
				sweep.add((System.nanoTime() - start) / 1e6);
			}
			System.out.printf("%-34s %8d %7d %14.1f %14.1f%n", spread[0], locations.size(), sites, median(grid), median(sweep));
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("spread", spread[0]);
			row.put("locations", locations.size());
			row.put("sites", sites);
			row.put("gridMillis", grid);
			row.put("sweepMillis", sweep);
			rows.add(row);
		}
		Path results = Path.of("bench", "results");
		Files.createDirectories(results);
		Path file = results.resolve("viewer-sites-"
				+ DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now()) + ".json");
		Files.writeString(file, JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
			.writeValueAsString(Map.of("runs", RUNS, "linkDistanceMeters", 250, "spreads", rows)));
		System.out.println("wrote " + file);
	}

	/** Uniform in a square of {@code span} degrees at 46.4°N 30.7°E (Odesa), each location its own report. */
	private static List<SeenLocation> uniform(int count, double span) {
		Random random = new Random(1);
		UUID stored = UUID.randomUUID();
		List<SeenLocation> locations = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			locations.add(new SeenLocation(stored, UUID.randomUUID(), UUID.randomUUID(), 0, "R" + i, "M" + (i % 7), null,
					Instant.ofEpochSecond(i), Instant.ofEpochSecond(i), 46.4 + random.nextDouble() * span,
					30.7 + random.nextDouble() * span));
		}
		return locations;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
