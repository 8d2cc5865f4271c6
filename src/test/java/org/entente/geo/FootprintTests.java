package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class FootprintTests {

	@Test
	void aSinglePointIsItsOwnCentroidAndBox() {
		Footprint footprint = of(List.of(new double[] { 33.3152, 44.3661 }));

		assertThat(footprint.latitude()).isCloseTo(33.3152, within(1e-12));
		assertThat(footprint.longitude()).isCloseTo(44.3661, within(1e-12));
		assertThat(footprint.extent()).isEqualTo(new BoundingBox(44.3661, 33.3152, 44.3661, 33.3152));
	}

	@Test
	void pointsOnBothSidesOfTheAntimeridianCentreOnItAndTheirBoxCrossesIt() {
		Footprint footprint = of(List.of(new double[] { -16.5, 179.999 }, new double[] { -16.5, -179.999 }));

		assertThat(Math.abs(footprint.longitude())).isCloseTo(180, within(1e-9));
		assertThat(footprint.latitude()).isCloseTo(-16.5, within(1e-6));
		assertThat(footprint.extent().crossesAntimeridian()).isTrue();
		assertThat(footprint.extent().west()).isCloseTo(179.999, within(1e-9));
		assertThat(footprint.extent().east()).isCloseTo(-179.999, within(1e-9));
	}

	@Test
	void pointsAroundAPoleCentreNearIt() {
		Footprint footprint = of(List.of(new double[] { 89.999, 0 }, new double[] { 89.999, 120 },
				new double[] { 89.999, -120 }));

		assertThat(footprint.latitude()).isGreaterThan(89.999);
	}

	@Test
	void pointsOnOneSideKeepTheOrdinaryBox() {
		Footprint footprint = of(List.of(new double[] { 10, -1 }, new double[] { 11, 1 }));

		assertThat(footprint.extent()).isEqualTo(new BoundingBox(-1, 10, 1, 11));
		// The spherical mean, not the mean of degrees: the point at 10°N weighs a little more in longitude.
		assertThat(footprint.longitude()).isCloseTo(0, within(0.01)).isNotZero();
		assertThat(footprint.latitude()).isCloseTo(10.5, within(0.01));
	}

	/** The aggregates as SiteRepository's SQL computes them. */
	private static Footprint of(List<double[]> points) {
		double x = 0, y = 0, z = 0;
		double south = 90, north = -90, west = 180, east = -180, west360 = 360, east360 = 0;
		for (double[] point : points) {
			double latitude = Math.toRadians(point[0]);
			double longitude = Math.toRadians(point[1]);
			x += Math.cos(latitude) * Math.cos(longitude) / points.size();
			y += Math.cos(latitude) * Math.sin(longitude) / points.size();
			z += Math.sin(latitude) / points.size();
			south = Math.min(south, point[0]);
			north = Math.max(north, point[0]);
			west = Math.min(west, point[1]);
			east = Math.max(east, point[1]);
			double longitude360 = (point[1] < 0) ? point[1] + 360 : point[1];
			west360 = Math.min(west360, longitude360);
			east360 = Math.max(east360, longitude360);
		}
		return new Footprint.Aggregates(x, y, z, south, north, west, east, west360, east360).footprint();
	}

}
