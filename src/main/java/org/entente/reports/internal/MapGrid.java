package org.entente.reports.internal;

import java.util.List;

import org.entente.geo.BoundingBox;

/**
 * The map's grid at one zoom: eight cells across each 256-pixel web map tile, counted from 180° west and 90°
 * south, so that a cluster stays where it is while the map pans (a grid that started at the view's edge moved
 * its clusters with every pan), and the grid of a zoom is the grid of the next one up with cells merged by four.
 */
record MapGrid(int zoom) {

	/** Clusters some 32 pixels apart, as map clients draw them. */
	static final int CELLS_PER_TILE = 8;

	/** The finest grid counted ahead (V12's map_cell); above it, the map counts locations as it is asked. */
	static final int COUNTED_ZOOM = 8;

	/** The coarser grid counted ahead, so that the world at low zoom adds up a 64th as many counts. */
	static final int COARSE_COUNTED_ZOOM = 5;

	static final int MAXIMUM_ZOOM = 24;

	double cellDegrees() {
		return 360.0 / columns();
	}

	long columns() {
		return (1L << this.zoom) * CELLS_PER_TILE;
	}

	long rows() {
		return columns() / 2;
	}

	boolean counted() {
		return this.zoom <= COUNTED_ZOOM;
	}

	/** The grid counted ahead whose counts add up to this zoom's cells. */
	int countedZoom() {
		return (this.zoom <= COARSE_COUNTED_ZOOM) ? COARSE_COUNTED_ZOOM : COUNTED_ZOOM;
	}

	/** How many bits a counted cell's index loses on its way up to this zoom's cell. */
	int countedShift() {
		return countedZoom() - this.zoom;
	}

	long column(double longitude) {
		return Math.min((long) Math.floor((longitude + 180) / cellDegrees()), columns() - 1);
	}

	long row(double latitude) {
		return Math.min((long) Math.floor((latitude + 90) / cellDegrees()), rows() - 1);
	}

	/**
	 * The whole cells that the box touches: a map draws a cluster whole, so one cut by the edge of the view counts
	 * also its locations just outside it, as map tiles do.
	 */
	Cover cover(BoundingBox box) {
		long firstColumn = column(box.west());
		long lastColumn = column(box.east());
		List<Span> columns;
		if (!box.crossesAntimeridian()) {
			columns = List.of(new Span(firstColumn, lastColumn));
		}
		else if (lastColumn >= firstColumn) {
			columns = List.of(new Span(0, columns() - 1));
		}
		else {
			columns = List.of(new Span(firstColumn, columns() - 1), new Span(0, lastColumn));
		}
		return new Cover(new Span(row(box.south()), row(box.north())), columns);
	}

	/** Cells {@code first} to {@code last}, both included. */
	record Span(long first, long last) {
	}

	/** Rows and one or two runs of columns (two across the antimeridian). */
	record Cover(Span rows, List<Span> columns) {

		/** The same cells on the grid {@code shift} zooms finer. */
		Cover finer(int shift) {
			return new Cover(finer(this.rows, shift), this.columns.stream().map((span) -> finer(span, shift)).toList());
		}

		private static Span finer(Span span, int shift) {
			return new Span(span.first() << shift, ((span.last() + 1) << shift) - 1);
		}

	}

	/** The cover as a box, for the index that finds its locations (across the antimeridian when it is). */
	BoundingBox box(Cover cover) {
		double cell = cellDegrees();
		Span west = cover.columns().get(0);
		Span east = cover.columns().get(cover.columns().size() - 1);
		return new BoundingBox(west.first() * cell - 180, cover.rows().first() * cell - 90,
				Math.min((east.last() + 1) * cell - 180, 180), Math.min((cover.rows().last() + 1) * cell - 90, 90));
	}

}
