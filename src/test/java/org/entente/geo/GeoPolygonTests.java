package org.entente.geo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeoPolygonTests {

	private static final List<List<Double>> SQUARE = ring(0, 0, 1, 0, 1, 1, 0, 1, 0, 0);

	@Nested
	class Rings {

		@Test
		void aRepeatedVertexIsDropped() {
			GeoPolygon polygon = GeoPolygon.of(List.of(ring(0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0)));

			assertThat(polygon.rings().get(0).length).isEqualTo(5);
			assertThat(polygon.contains(0.5, 0.5)).isTrue();
		}

		@Test
		void aRepeatedClosingPositionIsDropped() {
			assertThat(GeoPolygon.of(List.of(ring(0, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 0, 0))).rings().get(0).length).isEqualTo(5);
		}

		@Test
		void aRingOnOneLineEnclosesNoArea() {
			assertRefused(List.of(ring(0, 0, 1, 0, 2, 0, 0, 0)), "no area");
		}

		@Test
		void aRingOfOnePointHasTooFewVertices() {
			assertRefused(List.of(ring(0, 0, 0, 0, 0, 0, 0, 0)), "fewer than three distinct vertices");
			assertRefused(List.of(ring(0, 0, 1, 1, 1, 1, 0, 0)), "fewer than three distinct vertices");
		}

		@Test
		void aRingThatTurnsBackOnItselfIsSelfIntersecting() {
			assertRefused(List.of(ring(0, 0, 2, 0, 1, 0, 1, 1, 0, 0)), "turns back on itself at vertex 1");
			assertRefused(List.of(ring(0, 0, 1, 0, 1, 1, 0, 1, 0, 0.5, 0, 2, 0, 0)), "self-intersecting");
		}

		@Test
		void aBowTieIsSelfIntersecting() {
			assertRefused(List.of(ring(0, 0, 1, 1, 1, 0, 0, 1, 0, 0)), "is self-intersecting: edges 0 and 2");
		}

		@Test
		void aRingThatTouchesItselfAtAVertexIsSelfIntersecting() {
			assertRefused(List.of(ring(0, 0, 2, 0, 1, 1, 2, 2, 0, 2, 1, 1, 0, 0)), "self-intersecting");
		}

		@Test
		void anOpenRingIsRefused() {
			assertRefused(List.of(ring(0, 0, 1, 0, 1, 1, 0, 1)), "open");
		}

	}

	@Nested
	class Holes {

		@Test
		void aHoleInsideTheExteriorRingIsKeptOut() {
			GeoPolygon polygon = GeoPolygon.of(List.of(ring(0, 0, 4, 0, 4, 4, 0, 4, 0, 0), ring(1, 1, 2, 1, 2, 2, 1, 2, 1, 1),
					ring(3, 3, 3.5, 3, 3.5, 3.5, 3, 3)));

			assertThat(polygon.contains(0.5, 0.5)).isTrue();
			assertThat(polygon.contains(1.5, 1.5)).isFalse();
		}

		@Test
		void aHoleCrossingTheExteriorRingIsRefused() {
			assertRefused(List.of(SQUARE, ring(0.5, 0.5, 1.5, 0.5, 1.5, 0.6, 0.5, 0.6, 0.5, 0.5)),
					"hole 1 crosses or touches the exterior ring");
		}

		@Test
		void aHoleTouchingTheExteriorRingIsRefused() {
			assertRefused(List.of(SQUARE, ring(0, 0.5, 0.5, 0.4, 0.5, 0.6, 0, 0.5)), "hole 1 crosses or touches");
		}

		@Test
		void aHoleOutsideTheExteriorRingIsRefused() {
			assertRefused(List.of(SQUARE, ring(2, 2, 3, 2, 3, 3, 2, 2)), "hole 1 lies outside the exterior ring");
			assertRefused(List.of(ring(0, 0, 4, 0, 4, 1, 1, 1, 1, 3, 4, 3, 4, 4, 0, 4, 0, 0), ring(2, 1.5, 3, 1.5, 3, 2.5, 2, 1.5)),
					"hole 1 lies outside the exterior ring");
		}

		@Test
		void aHoleInsideAnotherHoleIsRefused() {
			assertRefused(List.of(ring(0, 0, 4, 0, 4, 4, 0, 4, 0, 0), ring(1, 1, 3, 1, 3, 3, 1, 3, 1, 1),
					ring(1.5, 1.5, 2, 1.5, 2, 2, 1.5, 1.5)), "hole 2 lies inside hole 1");
		}

		@Test
		void holesCrossingEachOtherAreRefused() {
			assertRefused(List.of(ring(0, 0, 4, 0, 4, 4, 0, 4, 0, 0), ring(1, 1, 2, 1, 2, 2, 1, 2, 1, 1),
					ring(1.5, 1.5, 3, 1.5, 3, 3, 1.5, 1.5)), "hole 2 crosses or touches hole 1");
		}

		@Test
		void aHoleWithNoAreaIsRefused() {
			assertRefused(List.of(SQUARE, ring(0.2, 0.2, 0.4, 0.4, 0.6, 0.6, 0.2, 0.2)), "hole 1 encloses no area");
		}

	}

	@Nested
	class Vertices {

		@Test
		void tenThousandVerticesAndTheClosingPositionAreAccepted() {
			GeoPolygon polygon = GeoPolygon.of(List.of(circle(GeoPolygon.MAXIMUM_VERTICES)));

			assertThat(polygon.rings().get(0).length).isEqualTo(GeoPolygon.MAXIMUM_VERTICES + 1);
			assertThat(polygon.contains(10, 20)).isTrue();
		}

		@Test
		void moreThanTenThousandVerticesAreRefused() {
			assertRefused(List.of(circle(GeoPolygon.MAXIMUM_VERTICES + 1)), "10001 vertices, more than 10000");
		}

		@Test
		void theVerticesOfEveryRingCountTogether() {
			assertRefused(List.of(circle(9_998), ring(20.1, 10.1, 20.2, 10.1, 20.2, 10.2, 20.1, 10.1)),
					"10001 vertices, more than 10000");
		}

		/** A zigzag whose long edges all overlap in longitude: the sweep compares them all, and still finds none crossing. */
		@Test
		void aCombOfManyTeethIsAccepted() {
			List<List<Double>> comb = new ArrayList<>();
			comb.add(List.of(0.0, 0.0));
			for (int tooth = 0; tooth < 2_000; tooth++) {
				double y = 0.001 * tooth;
				comb.add(List.of(10.0, y));
				comb.add(List.of(10.0, y + 0.0004));
				comb.add(List.of(1.0, y + 0.0004));
				comb.add(List.of(1.0, y + 0.0008));
			}
			comb.add(List.of(0.0, 2.0));
			comb.add(List.of(0.0, 0.0));

			assertThat(GeoPolygon.of(List.of(comb)).contains(0.0002, 5)).isTrue();
		}

	}

	/** A circle of that many vertices around 20 E, 10 N, closed. */
	private static List<List<Double>> circle(int vertices) {
		List<List<Double>> ring = new ArrayList<>();
		for (int i = 0; i < vertices; i++) {
			double angle = 2 * Math.PI * i / vertices;
			ring.add(List.of(20 + Math.cos(angle), 10 + Math.sin(angle)));
		}
		ring.add(ring.get(0));
		return ring;
	}

	private static List<List<Double>> ring(double... lonLat) {
		List<List<Double>> ring = new ArrayList<>();
		for (int i = 0; i < lonLat.length; i += 2) {
			ring.add(List.of(lonLat[i], lonLat[i + 1]));
		}
		return ring;
	}

	private static void assertRefused(List<List<List<Double>>> coordinates, String reason) {
		assertThatThrownBy(() -> GeoPolygon.of(coordinates)).isInstanceOf(ShapeException.class).hasMessageContaining(reason);
	}

}
