package org.entente.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimalNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "0", "-0", "+1", "44.3661", "-180", "1e3", "1E-5", "2.5e+20", "007", "1e-320" })
	void readsPlainDecimalNumbers(String text) {
		assertThat(DecimalNumber.parse(text)).isEqualTo(Double.parseDouble(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1d", "1f", "1D", "0x1p3", "0x10", "Infinity", "-Infinity", "NaN", "1.", ".5", "1e",
			"1e+", "", " 1", "1 ", "--1", "+-1", "1,5", "١٢", "１", "1_000", "0b1" })
	void refusesWhatJavaReadsButNoCallerMeansAsANumber(String text) {
		assertThat(DecimalNumber.isPlain(text)).isFalse();
		assertThatThrownBy(() -> DecimalNumber.parse(text)).isInstanceOf(NumberFormatException.class);
		assertThatThrownBy(() -> DecimalNumber.parseFloat(text)).isInstanceOf(NumberFormatException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e999", "-1e309", "1e-400", "0.1e-330" })
	void refusesNumbersBeyondADouble(String text) {
		assertThatThrownBy(() -> DecimalNumber.parse(text)).isInstanceOf(NumberFormatException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1e308", "1e39", "3.5e38", "1e-50" })
	void refusesNumbersBeyondAFloatAsPostgresqlRealDoes(String text) {
		assertThatThrownBy(() -> DecimalNumber.parseFloat(text)).isInstanceOf(NumberFormatException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "+7", "-1", "9223372036854775807" })
	void readsWholeNumbers(String text) {
		assertThat(DecimalNumber.parseWhole(text)).isEqualTo(Long.parseLong(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0x10", "#10", "1.0", "1e3", "", " 1", "١٢", "9223372036854775808" })
	void refusesWhatIsNoWholeNumberInDecimalDigits(String text) {
		assertThatThrownBy(() -> DecimalNumber.parseWhole(text)).isInstanceOf(NumberFormatException.class);
	}

	@Test
	void zeroWrittenAnyWayIsZero() {
		assertThat(DecimalNumber.parse("0.000e-999")).isZero();
		assertThat(DecimalNumber.parseFloat("0e5")).isZero();
		assertThat(DecimalNumber.parseFloat("1e-05")).isEqualTo(1e-5f);
	}

}
