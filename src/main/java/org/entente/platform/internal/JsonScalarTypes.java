package org.entente.platform.internal;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON scalars are read as the type they are: a number or a boolean where text belongs ({@code {"text": 5}}), text
 * where a number or a boolean belongs ({@code "lat": "0x1p3"}, read by Java's lenient number grammar), a fraction
 * where a whole number belongs ({@code "credibility": 2.9}, truncated) are wrong types, answered 400 naming the
 * field, as the API guide says. Jackson coerces all of these by default. The API's bodies are the only JSON the
 * centre reads into typed objects that it did not write itself.
 */
@Configuration(proxyBeanMethods = false)
class JsonScalarTypes {

	@Bean
	JsonMapperBuilderCustomizer strictScalars() {
		return JsonScalarTypes::strict;
	}

	static void strict(JsonMapper.Builder builder) {
		builder.withCoercionConfig(LogicalType.Textual, (text) -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer, (whole) -> whole.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float, (number) -> number.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean, (truth) -> truth.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
	}

}
