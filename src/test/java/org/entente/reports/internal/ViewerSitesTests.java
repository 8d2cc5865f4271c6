package org.entente.reports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.entente.reports.internal.ViewerSites.SeenLocation;
import org.entente.reports.internal.ViewerSites.ViewerSite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sites a member sees: the grid of cells must cluster exactly as the plain sweep does, only faster. */
class ViewerSitesTests {

	private static final SiteSettings SETTINGS = new SiteSettings(250, Map.of("convoy", 1_000.0, "point", 50.0));

	@ParameterizedTest
	@CsvSource({ "46.4, 30.7, 0.01, 3000", "46.4, 30.7, 0.05, 3000", "46.4, 30.7, 0.5, 3000", "-33.9, 151.2, 0.02, 2000",
			"0.0, 179.995, 0.02, 2000", "0.0, -180.0, 0.02, 2000", "80.0, 10.0, 0.05, 2000", "84.5, -45.0, 0.05, 1500",
			"89.9, 0.0, 0.05, 1500", "-60.0, 100.0, 3.0, 2500" })
	void theGridClustersExactlyAsTheSweep(double latitude, double longitude, double span, int count) {
		for (long seed = 1; seed <= 3; seed++) {
			List<SeenLocation> locations = randomLocations(new Random(seed), latitude, longitude, span, count);
			int[] swept = identity(count);
			ViewerSites.sweep(locations, SETTINGS, swept);
			int[] celled = identity(count);
			boolean gridded = CellLinking.link(locations, SETTINGS, celled);
			if (gridded) {
				assertThat(partition(celled)).as("seed %d", seed).isEqualTo(partition(swept));
			}
			assertThat(gridded).as("a grid is no use near a pole").isEqualTo(Math.abs(latitude) + span < 85);
		}
	}

	@Test
	void aSitesIdIsItsOldestLocationsAndItsFiguresAreOfItsLocations() {
		UUID stored = UUID.randomUUID();
		SeenLocation young = location(stored, "ALPHA", 20, 46.40, 30.70);
		SeenLocation old = location(stored, "BRAVO", 10, 46.4009, 30.70);
		SeenLocation far = location(stored, "ALPHA", 5, 46.42, 30.70);
		List<ViewerSite> sites = ViewerSites.of(List.of(young, old, far), SETTINGS);
		assertThat(sites).hasSize(2);
		ViewerSite near = sites.stream().filter((site) -> site.contains(young.locationId())).findFirst().orElseThrow();
		assertThat(near.id()).isEqualTo(old.locationId());
		assertThat(near.reports()).isEqualTo(2);
		assertThat(near.members()).isEqualTo(2);
		assertThat(near.aggregate().firstSeen()).isEqualTo(Instant.ofEpochSecond(10));
	}

	private static List<SeenLocation> randomLocations(Random random, double latitude, double longitude, double span,
			int count) {
		UUID stored = UUID.randomUUID();
		List<String> kinds = new ArrayList<>(java.util.Arrays.asList(null, null, null, "convoy", "point"));
		List<SeenLocation> locations = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			// Half in a few tight clumps, half spread: dense cells and sparse ones in one site.
			double north = (i % 2 == 0) ? (random.nextInt(5) * span / 5 + random.nextDouble() * span / 50)
					: random.nextDouble() * span;
			double east = (i % 2 == 0) ? (random.nextInt(5) * span / 5 + random.nextDouble() * span / 50)
					: random.nextDouble() * span;
			double lat = Math.max(-90, Math.min(90, latitude - span / 2 + north));
			double lon = longitude - span / 2 + east;
			lon = (lon > 180) ? lon - 360 : (lon < -180) ? lon + 360 : lon;
			locations.add(new SeenLocation(stored, UUID.randomUUID(), UUID.randomUUID(), 0, "R" + i, "M" + (i % 5),
					kinds.get(random.nextInt(kinds.size())), Instant.ofEpochSecond(i), Instant.ofEpochSecond(i), lat, lon));
		}
		return locations;
	}

	private static SeenLocation location(UUID stored, String originator, long submitted, double latitude,
			double longitude) {
		return new SeenLocation(stored, UUID.randomUUID(), UUID.randomUUID(), 0, originator + "-" + submitted, originator,
				null, Instant.ofEpochSecond(submitted), Instant.ofEpochSecond(submitted), latitude, longitude);
	}

	private static int[] identity(int count) {
		int[] parent = new int[count];
		for (int i = 0; i < count; i++) {
			parent[i] = i;
		}
		return parent;
	}

	/** Each location's cluster, named by its first location: equal for equal partitions. */
	private static List<Integer> partition(int[] parent) {
		Map<Integer, Integer> firstOfRoot = new HashMap<>();
		List<Integer> names = new ArrayList<>();
		for (int i = 0; i < parent.length; i++) {
			names.add(firstOfRoot.computeIfAbsent(ViewerSites.root(parent, i), (root) -> names.size()));
		}
		return names;
	}

}
