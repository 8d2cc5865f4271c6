package org.entente.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's frame: title, version, and bearer tokens as the API's authentication. */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

	static final String BEARER = "bearer";

	@Bean
	OpenAPI ententeOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Entente")
				.version("v1")
				.description("A multi-party information exchange centre. Errors are RFC 9457 problem details; "
						+ "lists are {items, next} with cursor paging."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
