package org.entente.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongitudesTests {

	@Test
	void valuesOnTheGlobeAreKeptAsGivenIncludingBothAntimeridians() {
		assertThat(Longitudes.normalised(180)).isEqualTo(180);
		assertThat(Longitudes.normalised(-180)).isEqualTo(-180);
		assertThat(Longitudes.normalised(44.366)).isEqualTo(44.366);
	}

	@Test
	void valuesJustBeyondTheAntimeridianWrapRound() {
		assertThat(Longitudes.normalised(180.5)).isEqualTo(-179.5);
		assertThat(Longitudes.normalised(-180.5)).isEqualTo(179.5);
		assertThat(Longitudes.normalised(540)).isEqualTo(180);
	}

}
