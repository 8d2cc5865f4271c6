package org.entente.geo;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Random points for properties, weighted towards the places where coordinate code breaks: poles, the antimeridian,
 * UTM zone edges, and the Norway (32V) and Svalbard (31X to 37X) zone exceptions.
 */
final class GlobePoints {

	record GlobePoint(double latitude, double longitude) {

	}

	private GlobePoints() {
	}

	/** Anywhere on the globe, poles and antimeridian included. */
	static Arbitrary<GlobePoint> anywhere() {
		return Arbitraries.frequencyOf(List.of(weighted(6, within(-90, 90, -180, 180)), weighted(1, nearPoles()),
				weighted(1, nearAntimeridian(-90, 90)), weighted(1, nearZoneEdges(-90, 90))));
	}

	/** Where MGRS and UTM are defined without UPS: 80°S to 84°N, edges included. */
	static Arbitrary<GlobePoint> utmDomain() {
		return Arbitraries.frequencyOf(List.of(weighted(4, within(-80, 84, -180, 180)), weighted(1, nearAntimeridian(-80, 84)),
				weighted(2, nearZoneEdges(-80, 84)), weighted(1, within(56, 64, 0, 12)), weighted(1, within(72, 84, 0, 42)),
				weighted(1, Arbitraries.of(new GlobePoint(84, 0), new GlobePoint(-80, 0), new GlobePoint(84, 180),
						new GlobePoint(-80, -180), new GlobePoint(0, 0), new GlobePoint(56, 3), new GlobePoint(72, 9)))));
	}

	private static Tuple2<Integer, Arbitrary<GlobePoint>> weighted(int weight, Arbitrary<GlobePoint> points) {
		return Tuple.of(weight, points);
	}

	private static Arbitrary<GlobePoint> within(double south, double north, double west, double east) {
		return Combinators.combine(degrees(south, north), degrees(west, east)).as(GlobePoint::new);
	}

	private static Arbitrary<GlobePoint> nearPoles() {
		Arbitrary<Double> latitudes = Arbitraries.oneOf(degrees(89.99, 90), degrees(-90, -89.99));
		return Combinators.combine(latitudes, degrees(-180, 180)).as(GlobePoint::new);
	}

	private static Arbitrary<GlobePoint> nearAntimeridian(double south, double north) {
		Arbitrary<Double> longitudes = Arbitraries.oneOf(degrees(179.9999, 180), degrees(-180, -179.9999));
		return Combinators.combine(degrees(south, north), longitudes).as(GlobePoint::new);
	}

	private static Arbitrary<GlobePoint> nearZoneEdges(double south, double north) {
		Arbitrary<Double> longitudes = Combinators
			.combine(Arbitraries.integers().between(0, 60), degrees(-0.0001, 0.0001))
			.as((edge, offset) -> Math.max(-180, Math.min(180, -180 + 6.0 * edge + offset)));
		return Combinators.combine(degrees(south, north), longitudes).as(GlobePoint::new);
	}

	private static Arbitrary<Double> degrees(double minimum, double maximum) {
		return Arbitraries.doubles().between(minimum, maximum).ofScale(10);
	}

}
