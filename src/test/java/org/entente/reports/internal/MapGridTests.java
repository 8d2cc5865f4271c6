package org.entente.reports.internal;

import java.util.List;

import org.entente.geo.BoundingBox;
import org.entente.reports.internal.MapGrid.Cover;
import org.entente.reports.internal.MapGrid.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MapGridTests {

	@Test
	void theWorldAtZoomZeroIsEightCellsByFour() {
		MapGrid grid = new MapGrid(0);
		assertThat(grid.cover(new BoundingBox(-180, -90, 180, 90)))
			.isEqualTo(new Cover(new Span(0, 3), List.of(new Span(0, 7))));
		assertThat(grid.cellDegrees()).isEqualTo(45);
	}

	@Test
	void aCellOwnsItsWestAndSouthEdgesOnlyButTheLastCellsKeepTheAntimeridianAndThePole() {
		MapGrid grid = new MapGrid(0);
		assertThat(grid.column(-135)).isEqualTo(1);
		assertThat(grid.column(-135.0000001)).isZero();
		assertThat(grid.column(180)).isEqualTo(7);
		assertThat(grid.row(90)).isEqualTo(3);
	}

	@Test
	void aBoxAcrossTheAntimeridianIsCoveredByTheCellsEachSide() {
		MapGrid grid = new MapGrid(3);
		Cover cover = grid.cover(new BoundingBox(170, -20, -170, -10));
		assertThat(cover.columns()).containsExactly(new Span(62, 63), new Span(0, 1));
		BoundingBox box = grid.box(cover);
		assertThat(box.crossesAntimeridian()).isTrue();
		assertThat(List.of(box.west(), box.east())).containsExactly(168.75, -168.75);
	}

	@Test
	void aBoxAcrossTheAntimeridianWhoseCellsMeetCoversTheWorld() {
		MapGrid grid = new MapGrid(0);
		assertThat(grid.cover(new BoundingBox(10, 0, 5, 1)).columns()).containsExactly(new Span(0, 7));
	}

	@Test
	void theCellsOfAZoomAreTheCellsOfTheCountedGridMergedByFour() {
		MapGrid grid = new MapGrid(6);
		Cover cover = grid.cover(new BoundingBox(22.1, 44.3, 40.2, 52.4));
		Cover finer = cover.finer(grid.countedShift());
		MapGrid counted = new MapGrid(MapGrid.COUNTED_ZOOM);
		assertThat(finer.rows().first()).isEqualTo(cover.rows().first() * 4);
		assertThat(finer.rows().last()).isEqualTo(cover.rows().last() * 4 + 3);
		assertThat(counted.box(finer)).isEqualTo(grid.box(cover));
	}

}
