package org.entente.reports.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.entente.geo.BoundingBox;
import org.entente.reports.internal.LocationRepository.Cell;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.reports.internal.LocatedReports.release;
import static org.entente.reports.internal.LocatedReports.submit;
import static org.assertj.core.api.Assertions.within;

/**
 * The map's clusters of a box alone come from counts kept per cell and audience (V12) at low zoom, and from the
 * audience of each location above: for every viewer and zoom they must be the clusters that counting the
 * locations one by one, each tested with its report's releases, gives; before the waiting changes are folded into
 * the counts and after, and after the releases and the locations change.
 */
@IntegrationTest
class MapCellsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MapCells counted;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LocationRepository locations;

	@Test
	void countedClustersAreTheClustersOfTheVisibleLocations() throws InterruptedException {
		Exchange exchange = new Exchange(this.port);
		Partner alpha = exchange.partner("MA");
		Partner bravo = exchange.partner("MB");
		Partner charlie = exchange.partner("MC");
		List<Partner> viewers = List.of(alpha, bravo, charlie, exchange.partner("MD"));
		// Somewhere in the Southern Ocean, new for each run; three degrees across, so that it spans cells at every zoom.
		double latitude = -62 + ThreadLocalRandom.current().nextDouble(4);
		double longitude = 60 + ThreadLocalRandom.current().nextDouble(40);
		BoundingBox box = new BoundingBox(longitude, latitude, longitude + 3, latitude + 3);
		List<String> reports = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			String detail = (i % 3 == 0) ? "sanitized" : "full";
			Partner recipient = (i % 4 == 0) ? charlie : bravo;
			reports.add(submit(alpha, recipient, detail, List.of(point(box), point(box), point(box))));
		}
		assertSameClusters(viewers, box, false);
		foldAll();
		assertSameClusters(viewers, box, true);

		release(alpha, reports.get(0), bravo.code(), "full");
		release(alpha, reports.get(3), charlie.code(), "sanitized");
		// Sanitised to charlie and in full to all: charlie sees it once, in full.
		release(alpha, reports.get(12), "ALL", "full");
		for (int i = 1; i < 8; i++) {
			Api.Response moved = alpha.api()
				.patch("/api/v1/reports/" + reports.get(i), Map.of("locations", List.of(point(box))));
			assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		}
		assertSameClusters(viewers, box, false);
		foldAll();
		assertSameClusters(viewers, box, true);

		// Locations leaving a count from inside its extent: subtracted, the extent kept.
		MapGrid counted = new MapGrid(MapGrid.COUNTED_ZOOM);
		double size = counted.cellDegrees();
		double north = (counted.row(latitude + 1.5) + 0.5) * size - 90;
		double east = (counted.column(longitude + 1.5) + 0.5) * size - 180;
		BoundingBox frame = new BoundingBox(east - 0.01, north - 0.01, east + 0.01, north + 0.01);
		submit(alpha, bravo, "full", List.of(Map.of("lat", frame.south(), "lon", frame.west()),
				Map.of("lat", frame.north(), "lon", frame.east())));
		BoundingBox inside = new BoundingBox(east - 0.005, north - 0.005, east + 0.005, north + 0.005);
		List<String> within = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			within.add(submit(alpha, bravo, "full", List.of(point(inside), point(inside))));
		}
		foldAll();
		for (String id : within.subList(0, 3)) {
			Api.Response moved = alpha.api().patch("/api/v1/reports/" + id, Map.of("locations", List.of(point(box))));
			assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		}
		assertSameClusters(viewers, box, false);
		foldAll();
		assertSameClusters(viewers, box, true);

		// The only location of its audience in its cell moves within the cell: counted again, found where it went.
		Partner foxtrot = exchange.partner("MF");
		String alone = submit(alpha, foxtrot, "full", List.of(Map.of("lat", north, "lon", east)));
		foldAll();
		Api.Response moved = alpha.api()
			.patch("/api/v1/reports/" + alone, Map.of("locations", List.of(Map.of("lat", north + 0.05, "lon", east))));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		foldAll();
		assertSameClusters(List.of(foxtrot), box, true);
	}

	/**
	 * Stores, moves and releases while the counts are folded over and over: each change is counted once, whether
	 * its transaction commits before a folding's snapshot, during the folding or after it. The reports share one
	 * cell and one corner of their extent, so that every move takes the corner away and the count is counted
	 * again while other reports are being stored into it.
	 */
	@Test
	void changesCommittedWhileFoldingAreCountedOnce() throws Exception {
		Exchange exchange = new Exchange(this.port);
		Partner alpha = exchange.partner("MA");
		Partner bravo = exchange.partner("MB");
		Partner charlie = exchange.partner("MC");
		MapGrid grid = new MapGrid(MapGrid.COUNTED_ZOOM);
		double north = (grid.row(-62 + ThreadLocalRandom.current().nextDouble(4)) + 0.5) * grid.cellDegrees() - 90;
		double east = (grid.column(-60 + ThreadLocalRandom.current().nextDouble(40)) + 0.5) * grid.cellDegrees() - 180;
		BoundingBox box = new BoundingBox(east - 0.02, north - 0.02, east + 0.02, north + 0.02);
		Map<String, Object> corner = Map.of("lat", box.south(), "lon", box.west());
		ExecutorService writers = Executors.newFixedThreadPool(3);
		List<Future<?>> written = new ArrayList<>();
		for (int writer = 0; writer < 3; writer++) {
			written.add(writers.submit(() -> {
				for (int i = 0; i < 16; i++) {
					String id = submit(alpha, bravo, "full", List.of(corner, point(box)));
					if (i % 2 == 0) {
						Api.Response moved = alpha.api()
							.patch("/api/v1/reports/" + id, Map.of("locations", List.of(point(box))));
						assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
					}
					if (i % 5 == 1) {
						release(alpha, id, charlie.code(), "sanitized");
					}
				}
				return null;
			}));
		}
		writers.shutdown();
		while (!writers.isTerminated()) {
			try {
				this.counted.fold();
			}
			catch (ConcurrencyFailureException exception) {
				// as MapCellFolding: the next one folds what is left
			}
		}
		for (Future<?> writer : written) {
			writer.get();
		}
		List<Partner> viewers = List.of(alpha, bravo, charlie);
		assertSameClusters(viewers, box, false);
		foldAll();
		assertSameClusters(viewers, box, true);
	}

	@Test
	void aReleaseTimeCountsTheLocationsReleasedThenOnly() throws InterruptedException {
		Exchange exchange = new Exchange(this.port);
		Partner alpha = exchange.partner("MA");
		Partner bravo = exchange.partner("MB");
		double latitude = -66 + ThreadLocalRandom.current().nextDouble(4);
		double longitude = 20 + ThreadLocalRandom.current().nextDouble(40);
		BoundingBox box = new BoundingBox(longitude, latitude, longitude + 0.3, latitude + 0.3);
		for (int i = 0; i < 4; i++) {
			submit(alpha, bravo, (i % 2 == 0) ? "full" : "sanitized", List.of(point(box), point(box)));
		}
		Thread.sleep(20);
		Instant since = this.jdbc.sql("select clock_timestamp()").query(Timestamp.class).single().toInstant();
		Thread.sleep(20);
		for (int i = 0; i < 3; i++) {
			submit(alpha, bravo, (i % 2 == 0) ? "full" : "sanitized", List.of(point(box)));
		}
		assertSameClusters(List.of(alpha, bravo), box, false, since);
		MapGrid grid = new MapGrid(2);
		SearchCriteria criteria = new SearchCriteria(null, box, null, null, null, null, since, null, null, null, null,
				null, null, null, SearchOrder.TIME, null);
		assertThat(this.counted.cells(bravo.code(), grid, grid.cover(box), criteria).stream().mapToLong(Cell::count).sum())
			.isEqualTo(3);
	}

	@Test
	void aMemberShownNothingGetsNoCluster() {
		Exchange exchange = new Exchange(this.port);
		Partner alpha = exchange.partner("MA");
		Partner bravo = exchange.partner("MB");
		double latitude = -70 + ThreadLocalRandom.current().nextDouble(4);
		double longitude = 110 + ThreadLocalRandom.current().nextDouble(40);
		BoundingBox box = new BoundingBox(longitude, latitude, longitude + 0.5, latitude + 0.5);
		submit(alpha, bravo, "full", List.of(point(box), point(box)));
		String map = "/api/v1/map/locations?zoom=4&bbox=" + box.west() + "," + box.south() + "," + box.east() + ","
				+ box.north();
		assertThat(alpha.api().get(map).json().path("features")).isNotEmpty();
		assertThat(exchange.partner("ME").api().get(map).json().path("features")).isEmpty();
	}

	/**
	 * For each viewer and zoom, the counted clusters against the ones counted from the visible locations (their
	 * releases tested by ReportRepository.DETAIL). Extents only once folded: a location that left stays in the
	 * extent of its cell until its cell is counted again.
	 */
	private void assertSameClusters(List<Partner> viewers, BoundingBox box, boolean folded) {
		assertSameClusters(viewers, box, folded, null);
	}

	/** ... of the locations released from {@code releasedFrom} on, when it is not null. */
	private void assertSameClusters(List<Partner> viewers, BoundingBox box, boolean folded, Instant releasedFrom) {
		for (Partner viewer : viewers) {
			for (int zoom = 0; zoom <= MapGrid.COUNTED_ZOOM + 4; zoom++) {
				MapGrid grid = new MapGrid(zoom);
				MapGrid.Cover cover = grid.cover(box);
				SearchCriteria criteria = new SearchCriteria(null, grid.box(cover), null, null, null, null, releasedFrom,
						null, null, null, null, null, null, null, SearchOrder.TIME, null);
				List<Cell> expected = this.locations.cells(viewer.code(), criteria, grid, cover);
				List<Cell> actual = this.counted.cells(viewer.code(), grid, cover, criteria);
				String what = viewer.code() + " at zoom " + zoom;
				assertThat(actual).as(what).hasSameSizeAs(expected);
				for (int i = 0; i < expected.size(); i++) {
					Cell want = expected.get(i);
					Cell got = actual.get(i);
					assertThat(got.count()).as(what).isEqualTo(want.count());
					assertThat(got.latitude()).as(what).isCloseTo(want.latitude(), within(1e-9));
					assertThat(got.longitude()).as(what).isCloseTo(want.longitude(), within(1e-9));
					if (want.count() == 1) {
						assertThat(got.locationId()).as(what).isEqualTo(want.locationId());
						assertThat(got.reportId()).as(what).isEqualTo(want.reportId());
					}
					if (folded) {
						assertThat(List.of(got.west(), got.south(), got.east(), got.north())).as(what)
							.isEqualTo(List.of(want.west(), want.south(), want.east(), want.north()));
					}
				}
			}
		}
	}

	private long waiting() {
		return this.jdbc.sql("select count(*) from map_cell_change").query(Long.class).single();
	}

	private void foldAll() throws InterruptedException {
		// While the scheduled folding holds the lock this one folds nothing: it waits a little and tries again.
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (waiting() > 0 && System.nanoTime() < deadline) {
			try {
				this.counted.fold();
			}
			catch (ConcurrencyFailureException exception) {
				// The scheduled folding committed after this one's snapshot: as MapCellFolding does, try again.
			}
			Thread.sleep(20);
		}
		assertThat(waiting()).isZero();
	}

	private static Map<String, Object> point(BoundingBox box) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return Map.of("lat", random.nextDouble(box.south(), box.north()), "lon",
				random.nextDouble(box.west(), box.east()));
	}

}
