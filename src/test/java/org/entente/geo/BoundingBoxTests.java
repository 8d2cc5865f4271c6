package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

import org.entente.geo.GlobePoints.GlobePoint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BoundingBoxTests {

	/**
	 * The box must hold every point at most the distance away, in every direction, which GeographicLib's direct
	 * problem walks to exactly; poles and the antimeridian are weighted in by {@link GlobePoints}.
	 */
	@Property(tries = 3000)
	void holdsEveryPointWithinTheDistance(@ForAll("anywhere") GlobePoint centre,
			@ForAll @DoubleRange(min = 0, max = 100_000) double meters,
			@ForAll @DoubleRange(min = -180, max = 180) double azimuth) {
		BoundingBox box = BoundingBox.around(centre.latitude(), centre.longitude(), meters);

		GeodesicData reached = Geodesic.WGS84.Direct(centre.latitude(), centre.longitude(), azimuth, meters);

		assertThat(contains(box, reached.lat2, reached.lon2))
			.as("%s within %s m at azimuth %s reaches %s, %s outside %s", centre, meters, azimuth, reached.lat2,
					reached.lon2, box)
			.isTrue();
	}

	/** 180 and -180 are one meridian, which GeographicLib may answer either way. */
	private static boolean contains(BoundingBox box, double latitude, double longitude) {
		return box.contains(latitude, longitude) || (Math.abs(longitude) == 180 && box.contains(latitude, -longitude));
	}

	@Provide
	Arbitrary<GlobePoint> anywhere() {
		return GlobePoints.anywhere();
	}

	@Nested
	class Around {

		@Test
		void isAboutTheDistanceWideAwayFromThePoles() {
			BoundingBox box = BoundingBox.around(48.85, 2.29, 250);

			assertThat(Distance.geodesicMeters(box.south(), 2.29, box.north(), 2.29)).isBetween(500.0, 510.0);
			assertThat(Distance.geodesicMeters(48.85, box.west(), 48.85, box.east())).isBetween(500.0, 510.0);
		}

		@Test
		void wrapsAcrossTheAntimeridian() {
			BoundingBox box = BoundingBox.around(-16.5, 179.999, 250);

			assertThat(box.crossesAntimeridian()).isTrue();
			assertThat(box.contains(-16.5, -179.999)).isTrue();
			assertThat(box.contains(-16.5, 0)).isFalse();
		}

		@Test
		void takesEveryLongitudeWhenTheCircleReachesAPole() {
			BoundingBox box = BoundingBox.around(89.999, 10, 250);

			assertThat(box.west()).isEqualTo(-180);
			assertThat(box.east()).isEqualTo(180);
			assertThat(box.north()).isEqualTo(90);
			assertThat(box.contains(89.999, -170)).isTrue();
		}

		@Test
		void refusesANegativeDistance() {
			assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.around(0, 0, -1));
			assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.around(0, 0, Double.NaN));
		}

	}

	@Nested
	class SplitAtAntimeridian {

		@Test
		void leavesABoxThatDoesNotCrossAsItIs() {
			BoundingBox box = new BoundingBox(10, 20, 30, 40);

			assertThat(box.splitAtAntimeridian()).containsExactly(box);
		}

		@Test
		void cutsACrossingBoxIntoItsEasternAndWesternParts() {
			BoundingBox box = new BoundingBox(170, -10, -170, 10);

			assertThat(box.splitAtAntimeridian()).containsExactly(new BoundingBox(170, -10, 180, 10),
					new BoundingBox(-180, -10, -170, 10));
		}

	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "1d,0,2,1", "0x1p3,0,9,1", "0,0,Infinity,1", "NaN,0,1,1",
			"1f,0,2,1", "0,0,2,1e999", "0,0,2,\u0661" })
	void readsPlainDecimalNumbersOnly(String text) {
		assertThatThrownBy(() -> BoundingBox.parse(text)).isInstanceOf(ShapeException.class);
	}

	@Test
	void readsTheRfc7946Order() {
		assertThat(BoundingBox.of(List.of(170.0, -10.0, -170.0, 10.0)).crossesAntimeridian()).isTrue();
	}

	@Test
	void parsesTheQueryParameter() {
		assertThat(BoundingBox.parse("44.0, 33.0,44.8,33.6")).isEqualTo(new BoundingBox(44.0, 33.0, 44.8, 33.6));
		assertThatThrownBy(() -> BoundingBox.parse("44,33,44.8")).isInstanceOf(ShapeException.class);
		assertThatThrownBy(() -> BoundingBox.parse("44,33,x,33.6")).isInstanceOf(ShapeException.class);
		assertThatThrownBy(() -> BoundingBox.parse("44,33.6,44.8,33")).isInstanceOf(ShapeException.class)
			.hasMessageContaining("minLat");
		assertThatThrownBy(() -> BoundingBox.parse("44,NaN,44.8,33")).isInstanceOf(ShapeException.class);
	}

}
