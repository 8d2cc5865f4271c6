package org.entente.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.reports.internal.ViewerSites.SeenLocation;

/**
 * Links locations by the correlation's rule through a grid of cells so small that any two locations of one cell are
 * within the shortest link distance: the locations of a cell are linked to its first in one pass, and then each
 * pair of cells near enough to hold linked locations is measured only until one link is found, or not at all
 * when both are linked already. In a dense town that is a few measurements per cell instead of thousands per
 * location. The grid only decides what to measure: every link is the geodesic distance's (ViewerSites.linked),
 * and a location its cell's first is not near enough to is measured against every location of its cell and of
 * the cells around, so the clusters are those of the plain sweep.
 */
final class CellLinking {

	/** Metres in a degree of latitude, at most (at the poles) and at least (at the equator), with room to spare. */
	private static final double MOST_METERS_PER_DEGREE = 111_700;

	private static final double LEAST_METERS_PER_DEGREE_OF_LATITUDE = 110_500;

	/** Metres in a degree of longitude at the equator, at least; times the cosine of the latitude elsewhere. */
	private static final double LEAST_METERS_PER_DEGREE_OF_LONGITUDE = 111_000;

	/** Beyond this, cells would be slivers of longitude: the sweep answers there. */
	private static final double FARTHEST_LATITUDE = 85;

	private CellLinking() {
	}

	/** Links the locations into {@code parent} (union–find); false when they lie too near a pole for a grid. */
	static boolean link(List<SeenLocation> locations, SiteSettings settings, int[] parent) {
		double nearest = 90;
		double farthest = 0;
		for (SeenLocation location : locations) {
			nearest = Math.min(nearest, Math.abs(location.latitude()));
			farthest = Math.max(farthest, Math.abs(location.latitude()));
		}
		double reachOfLatitude = settings.searchRadius() / LEAST_METERS_PER_DEGREE_OF_LATITUDE;
		if (farthest + reachOfLatitude > FARTHEST_LATITUDE) {
			return false;
		}
		// A cell's diagonal is shorter than the shortest link distance wherever its locations are.
		double side = settings.shortestDistance() / Math.sqrt(2) * 0.999;
		double height = side / MOST_METERS_PER_DEGREE;
		double width = side / (MOST_METERS_PER_DEGREE * Math.cos(Math.toRadians(nearest)));
		int columns = (int) Math.ceil(360 / width);
		int rowReach = (int) Math.ceil(reachOfLatitude / height);
		double metersPerDegreeOfLongitude = LEAST_METERS_PER_DEGREE_OF_LONGITUDE
				* Math.cos(Math.toRadians(farthest + reachOfLatitude));
		int columnReach = (int) Math.ceil(settings.searchRadius() / metersPerDegreeOfLongitude / width);
		Map<Long, Cell> cells = new LinkedHashMap<>();
		for (int i = 0; i < locations.size(); i++) {
			SeenLocation location = locations.get(i);
			long row = (long) Math.floor((location.latitude() + 90) / height);
			long column = Math.min(columns - 1, (long) Math.floor((location.longitude() + 180) / width));
			cells.computeIfAbsent(row * columns + column, (key) -> new Cell(row, column)).members().add(i);
		}
		cells.values().forEach((cell) -> cell.linkToFirst(locations, settings, parent));
		// Touching cells first: in a dense place they join everything, and the farther pairs are one cluster by then.
		linkNeighbours(cells, 1, 1, columns, locations, settings, parent);
		linkNeighbours(cells, rowReach, columnReach, columns, locations, settings, parent);
		return true;
	}

	private static void linkNeighbours(Map<Long, Cell> cells, int rowReach, int columnReach, int columns,
			List<SeenLocation> locations, SiteSettings settings, int[] parent) {
		// Across the antimeridian the columns wrap; a reach as wide as the globe takes each column once.
		int span = Math.min(columns, 2 * columnReach + 1);
		for (Map.Entry<Long, Cell> entry : cells.entrySet()) {
			Cell cell = entry.getValue();
			for (long row = cell.row() - rowReach; row <= cell.row() + rowReach; row++) {
				for (int step = 0; step < span; step++) {
					long neighbour = row * columns + Math.floorMod(cell.column() - columnReach + step, columns);
					Cell other = cells.get(neighbour);
					if (other != null && neighbour >= entry.getKey()) {
						cell.linkTo(other, locations, settings, parent);
					}
				}
			}
		}
	}

	/** The locations (indexes) of one cell, and whether they are all one cluster already. */
	private static final class Cell {

		private final long row;

		private final long column;

		private final List<Integer> members = new ArrayList<>();

		private boolean whole;

		Cell(long row, long column) {
			this.row = row;
			this.column = column;
		}

		long row() {
			return this.row;
		}

		long column() {
			return this.column;
		}

		List<Integer> members() {
			return this.members;
		}

		void linkToFirst(List<SeenLocation> locations, SiteSettings settings, int[] parent) {
			int first = this.members.get(0);
			this.whole = true;
			for (int member : this.members) {
				if (ViewerSites.linked(locations.get(first), locations.get(member), settings)) {
					ViewerSites.union(parent, first, member);
				}
				else {
					this.whole = false;
				}
			}
		}

		/**
		 * Two whole cells need one link, and none if they are one cluster; otherwise every pair not yet in one
		 * cluster is measured.
		 */
		void linkTo(Cell other, List<SeenLocation> locations, SiteSettings settings, int[] parent) {
			boolean bothWhole = this.whole && other.whole && other != this;
			if (bothWhole && ViewerSites.root(parent, this.members.get(0)) == ViewerSites.root(parent, other.members.get(0))) {
				return;
			}
			if (this == other && this.whole) {
				return;
			}
			for (int mine : this.members) {
				for (int theirs : other.members) {
					if (ViewerSites.root(parent, mine) != ViewerSites.root(parent, theirs)
							&& ViewerSites.linked(locations.get(mine), locations.get(theirs), settings)) {
						ViewerSites.union(parent, mine, theirs);
						if (bothWhole) {
							return;
						}
					}
				}
			}
		}

	}

}
