package org.entente.geo;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.entente.geo.GlobePoints.GlobePoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The box around a circle is what lets an index narrow a radius search; a point of the circle outside it would be
 * a result silently lost. Every point on the circle's edge, anywhere on the globe, must be inside.
 */
class BoundingBoxAroundProperties {

	@Property(tries = 2000)
	void everyPointOfTheCircleIsInsideTheBox(@ForAll("centres") GlobePoint centre, @ForAll("radii") double radius,
			@ForAll("azimuths") double azimuth) {
		BoundingBox box = BoundingBox.around(centre.latitude(), centre.longitude(), radius);
		GeodesicData edge = Geodesic.WGS84.Direct(centre.latitude(), centre.longitude(), azimuth, radius);
		double longitude = Math.IEEEremainder(edge.lon2, 360);
		assertThat(box.contains(edge.lat2, longitude)).as("%s holds (%s, %s)", box, edge.lat2, longitude).isTrue();
		assertThat(box.contains(centre.latitude(), centre.longitude())).isTrue();
	}

	@Provide
	Arbitrary<GlobePoint> centres() {
		return GlobePoints.anywhere();
	}

	@Provide
	Arbitrary<Double> radii() {
		return Arbitraries.oneOf(Arbitraries.doubles().between(1, 10_000), Arbitraries.doubles().between(10_000, 2_000_000),
				Arbitraries.doubles().between(2_000_000, 20_000_000));
	}

	@Provide
	Arbitrary<Double> azimuths() {
		return Arbitraries.oneOf(Arbitraries.of(0.0, 90.0, 180.0, -90.0), Arbitraries.doubles().between(-180, 180));
	}

}
