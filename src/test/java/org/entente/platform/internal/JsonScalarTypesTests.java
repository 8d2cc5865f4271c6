package org.entente.platform.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonScalarTypesTests {

	private static final JsonMapper JSON = strict();

	record Typed(String text, Integer whole, Long count, Double number, double degrees, Boolean truth,
			List<String> words, List<Double> numbers) {
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"text\": 5}", "{\"text\": 1.5}", "{\"text\": true}", "{\"whole\": \"2\"}",
			"{\"whole\": 2.9}", "{\"count\": \"7\"}", "{\"number\": \"0x1p3\"}", "{\"number\": \"NaN\"}",
			"{\"degrees\": \"1d\"}", "{\"truth\": \"true\"}", "{\"truth\": 1}", "{\"words\": [\"a\", 5]}",
			"{\"numbers\": [1, \"Infinity\"]}" })
	void aScalarOfAnotherTypeIsRefused(String body) {
		assertThatThrownBy(() -> JSON.readValue(body, Typed.class)).isInstanceOf(MismatchedInputException.class);
	}

	@Test
	void eachScalarOfItsOwnTypeIsRead() {
		Typed typed = JSON.readValue("""
				{"text": "t", "whole": 2, "count": 7, "number": 3, "degrees": 1.5e1, "truth": false,
				 "words": ["a"], "numbers": [1, 2.5]}""", Typed.class);
		assertThat(typed).isEqualTo(new Typed("t", 2, 7L, 3.0, 15.0, false, List.of("a"), List.of(1.0, 2.5)));
		assertThat(JSON.readValue("{\"text\": null, \"whole\": null, \"degrees\": 0}", Typed.class).text()).isNull();
	}

	private static JsonMapper strict() {
		JsonMapper.Builder builder = JsonMapper.builder();
		JsonScalarTypes.strict(builder);
		return builder.build();
	}

}
