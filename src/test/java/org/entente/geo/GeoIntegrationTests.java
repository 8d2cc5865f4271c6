package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Extraction and formatting over real HTTP, as a member's machine calls them. */
@IntegrationTest
class GeoIntegrationTests {

	private static final int LARGEST_TEXT_BYTES = 1_048_576;

	@LocalServerPort
	int port;

	Exchange exchange;

	Api analyst;

	@BeforeEach
	void analyst() {
		this.exchange = new Exchange(this.port);
		this.analyst = this.exchange.partner("GX").api();
	}

	@Nested
	class Extraction {

		@Test
		void answersEveryCoordinateWithItsSpanPointPrecisionAndFormat() {
			String text = "GRID 38SMB4488 at 011200ZMAR26; call +33 1 23 45 67 89; موقع ٣٣٫٣١٥٢، ٤٤٫٣٦٦١";

			Api.Response response = GeoIntegrationTests.this.analyst.post("/api/v1/geo/extract", Map.of("text", text));

			assertThat(response.status()).as(response.toString()).isEqualTo(200);
			JsonNode items = response.json().path("items");
			assertThat(items.size()).isEqualTo(2);
			JsonNode grid = items.get(0);
			assertThat(grid.path("format").asString()).isEqualTo("mgrs");
			assertThat(grid.path("text").asString()).isEqualTo("38SMB4488");
			assertThat(grid.path("start").asInt()).isEqualTo(5);
			assertThat(grid.path("end").asInt()).isEqualTo(14);
			assertThat(grid.path("precisionMeters").asDouble()).isEqualTo(1000);
			JsonNode arabic = items.get(1);
			assertThat(arabic.path("format").asString()).isEqualTo("decimal");
			assertThat(arabic.path("lat").asDouble()).isEqualTo(33.3152);
			assertThat(arabic.path("lon").asDouble()).isEqualTo(44.3661);
			assertThat(text.substring(arabic.path("start").asInt(), arabic.path("end").asInt()))
				.isEqualTo(arabic.path("text").asString());
		}

		@Test
		void answersNoItemsForTextWithoutCoordinates() {
			Api.Response response = GeoIntegrationTests.this.analyst.post("/api/v1/geo/extract",
					Map.of("text", "Meeting on 01/03/2026 at 12:30, ticket #4455, version 2.3.1."));

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().path("items").size()).isZero();
		}

		@Test
		void acceptsTextOfExactlyTheLimit() {
			Api.Response response = GeoIntegrationTests.this.analyst.post("/api/v1/geo/extract",
					Map.of("text", "x".repeat(LARGEST_TEXT_BYTES)));

			assertThat(response.status()).as(response.toString()).isEqualTo(200);
		}

		@Test
		void refusesTextOverOneMebibyteOfUtf8With413() {
			// Fewer characters than the limit, but two bytes each in UTF-8.
			String arabic = "ع".repeat(LARGEST_TEXT_BYTES / 2 + 1);

			Api.Response response = GeoIntegrationTests.this.analyst.post("/api/v1/geo/extract", Map.of("text", arabic));

			assertThat(response.status()).as(response.toString()).isEqualTo(413);
			assertThat(response.contentType()).startsWith("application/problem+json");
		}

		@Test
		void refusesAMissingTextWith422NamingIt() {
			Api.Response response = GeoIntegrationTests.this.analyst.post("/api/v1/geo/extract", Map.of());

			assertThat(response.status()).as(response.toString()).isEqualTo(422);
			assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("text");
		}

		@Test
		void refusesCallersWithoutAToken() {
			Api.Response response = GeoIntegrationTests.this.exchange.anonymous()
				.post("/api/v1/geo/extract", Map.of("text", "38SMB4488"));

			assertThat(response.status()).isEqualTo(401);
		}

	}

	@Nested
	class Formatting {

		@Test
		void writesAPointInEveryNotation() {
			Api.Response response = GeoIntegrationTests.this.analyst.get("/api/v1/geo/format?lat=33.3152&lon=44.3661");

			assertThat(response.status()).as(response.toString()).isEqualTo(200);
			JsonNode formatted = response.json();
			assertThat(formatted.path("decimal").asString()).isEqualTo("33.31520, 44.36610");
			assertThat(formatted.path("dms").asString()).isEqualTo("33°18'54.7\"N 44°21'58.0\"E");
			assertThat(formatted.path("ddm").asString()).isEqualTo("33°18.912'N 44°21.966'E");
			assertThat(formatted.path("mgrs").asString()).isEqualTo("38SMB4099486410");
			assertThat(formatted.path("utm").asString()).isEqualTo("38N 440995 3686410");
			assertThat(formatted.path("lat").asDouble()).isEqualTo(33.3152);
			assertThat(formatted.path("lon").asDouble()).isEqualTo(44.3661);
		}

		@Test
		void answersNullGridNotationsAtThePoles() {
			JsonNode formatted = GeoIntegrationTests.this.analyst.get("/api/v1/geo/format?lat=90&lon=0").json();

			assertThat(formatted.path("mgrs").isNull()).isTrue();
			assertThat(formatted.path("utm").isNull()).isTrue();
			assertThat(formatted.path("dms").asString()).isEqualTo("90°00'00.0\"N 0°00'00.0\"E");
		}

		@Test
		void refusesALatitudeOutOfRangeWith422NamingIt() {
			Api.Response response = GeoIntegrationTests.this.analyst.get("/api/v1/geo/format?lat=91&lon=0");

			assertThat(response.status()).isEqualTo(422);
			assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("lat");
		}

		@Test
		void refusesAMissingOrUnreadableLongitudeWith422NamingIt() {
			Api.Response missing = GeoIntegrationTests.this.analyst.get("/api/v1/geo/format?lat=1");
			Api.Response unreadable = GeoIntegrationTests.this.analyst.get("/api/v1/geo/format?lat=1&lon=east");

			assertThat(missing.status()).isEqualTo(422);
			assertThat(missing.json().path("errors").get(0).path("field").asString()).isEqualTo("lon");
			assertThat(unreadable.status()).isEqualTo(422);
			assertThat(unreadable.json().path("errors").get(0).path("field").asString()).isEqualTo("lon");
			for (String notDecimal : List.of("0x1p3", "8d", "Infinity", "NaN")) {
				Api.Response refused = GeoIntegrationTests.this.analyst.get("/api/v1/geo/format?lat=1&lon=" + notDecimal);
				assertThat(refused.status()).as(notDecimal).isEqualTo(422);
			}
		}

		@Test
		void refusesCallersWithoutAToken() {
			Api.Response response = GeoIntegrationTests.this.exchange.anonymous().get("/api/v1/geo/format?lat=1&lon=2");

			assertThat(response.status()).isEqualTo(401);
		}

	}

}
