package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class CoordinateTests {

	@Test
	void acceptsTheWholeGlobeIncludingBothAntimeridians() {
		assertThat(new Coordinate(90, 180, 1, CoordinateFormat.DECIMAL_DEGREES).longitude()).isEqualTo(180);
		assertThat(new Coordinate(-90, -180, 1, CoordinateFormat.DECIMAL_DEGREES).longitude()).isEqualTo(-180);
	}

	@Test
	void refusesPointsOffTheGlobeAndMeaninglessPrecisions() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Coordinate(91, 0, 1, CoordinateFormat.UTM));
		assertThatIllegalArgumentException().isThrownBy(() -> new Coordinate(0, -181, 1, CoordinateFormat.UTM));
		assertThatIllegalArgumentException().isThrownBy(() -> new Coordinate(Double.NaN, 0, 1, CoordinateFormat.UTM));
		assertThatIllegalArgumentException().isThrownBy(() -> new Coordinate(0, 0, 0, CoordinateFormat.UTM));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Coordinate(0, 0, Double.POSITIVE_INFINITY, CoordinateFormat.UTM));
	}

	@Test
	void refusesAMissingFormat() {
		assertThatNullPointerException().isThrownBy(() -> new Coordinate(0, 0, 1, nullFormat()))
			.withMessage("format is null");
	}

	@Test
	void formatsHaveLowerCaseWireNames() {
		assertThat(CoordinateFormat.DECIMAL_DEGREES.wireName()).isEqualTo("decimal");
		assertThat(CoordinateFormat.DEGREES_DECIMAL_MINUTES.wireName()).isEqualTo("ddm");
		assertThat(CoordinateFormat.DEGREES_MINUTES_SECONDS.wireName()).isEqualTo("dms");
		assertThat(CoordinateFormat.MGRS.wireName()).isEqualTo("mgrs");
		assertThat(CoordinateFormat.UTM.wireName()).isEqualTo("utm");
		for (CoordinateFormat format : CoordinateFormat.values()) {
			assertThat(CoordinateFormat.fromWireName(format.wireName())).isEqualTo(format);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> CoordinateFormat.fromWireName("DMS"));
	}

	@SuppressWarnings("NullAway")
	private static CoordinateFormat nullFormat() {
		return null;
	}

}
