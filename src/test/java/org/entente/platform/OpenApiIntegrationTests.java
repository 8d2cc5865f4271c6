package org.entente.platform;

import org.entente.Api;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document is public, 3.1, and describes the API as callers use it. */
@IntegrationTest
class OpenApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theDocumentIsOpenApiThreeOneWithBearerAuthentication() {
		Api.Response document = Api.on(this.port).get("/api/v1/openapi.json");
		assertThat(document.status()).isEqualTo(200);
		JsonNode openApi = document.json();
		assertThat(openApi.path("openapi").asString()).startsWith("3.1");
		assertThat(openApi.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
			.isEqualTo("bearer");
		assertThat(openApi.path("paths").has("/api/v1/reports/{id}/release")).isTrue();
	}

	@Test
	void submissionIsDescribedAsAReportAndTheCallerIsNeverAParameter() {
		JsonNode openApi = Api.on(this.port).get("/api/v1/openapi.json").json();
		JsonNode submit = openApi.path("paths").path("/api/v1/reports").path("post");
		assertThat(submit.path("requestBody").toString()).contains("ReportDraft");
		assertThat(openApi.toString()).doesNotContain("\"name\":\"caller\"");
	}

	@Test
	void searchParametersAreEachDocumented() {
		JsonNode openApi = Api.on(this.port).get("/api/v1/openapi.json").json();
		for (String path : new String[] { "/api/v1/reports", "/api/v1/locations" }) {
			JsonNode parameters = openApi.path("paths").path(path).path("get").path("parameters");
			assertThat(parameters.findValuesAsString("name")).as(path)
				.contains("q", "bbox", "near", "radius", "polygon", "observedFrom", "from", "minGrading", "sort", "cursor",
						"limit");
		}
	}

	@Test
	void theMapListsItsFiltersAndZoomButNoPaging() {
		JsonNode openApi = Api.on(this.port).get("/api/v1/openapi.json").json();
		JsonNode map = openApi.path("paths").path("/api/v1/map/locations").path("get").path("parameters");
		assertThat(map.findValuesAsString("name")).contains("q", "bbox", "near", "radius", "polygon", "observedFrom",
				"from", "minGrading", "hasOutcome", "zoom")
			.doesNotContain("sort", "cursor", "limit");
		assertThat(openApi.path("paths").path("/api/v1/map/locations/search").path("post").isObject()).isTrue();
	}

	@Test
	void theSwaggerUiIsServed() {
		Api.Response page = Api.on(this.port).get("/api/v1/swagger-ui/index.html");
		assertThat(page.status()).isEqualTo(200);
	}

}
