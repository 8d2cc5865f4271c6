package org.entente.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query parameters of the searches and lists that are well-formed text but no value the centre can use: each is
 * refused with 422 naming it, before any SQL runs, instead of failing in PostgreSQL with a 500.
 */
@IntegrationTest
class BadQueryIntegrationTests {

	/** ISO 8601 instants Java reads but PostgreSQL cannot store, or RFC 3339 cannot write (a year beyond 9999). */
	static final List<String> INSTANTS_OUT_OF_RANGE = List.of("+1000000000-01-01T00:00:00Z",
			"-999999999-01-01T00:00:00Z", "-4714-01-01T00:00:00Z", "+294277-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
			"0000-12-31T23:59:59Z");

	static final List<String> SEARCH_INSTANTS = List.of("from", "to", "observedFrom", "observedTo", "since");

	@LocalServerPort
	int port;

	Exchange exchange;

	Partner member;

	@BeforeEach
	void member() {
		this.exchange = new Exchange(this.port);
		this.member = this.exchange.partner("BQ");
	}

	static Stream<Arguments> searchInstantsOutOfRange() {
		List<Arguments> cases = new ArrayList<>();
		for (String resource : List.of("/api/v1/reports?", "/api/v1/locations?", "/api/v1/map/locations?zoom=2&")) {
			for (String field : SEARCH_INSTANTS) {
				for (String instant : INSTANTS_OUT_OF_RANGE) {
					cases.add(Arguments.of(resource, field, instant));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}{1}={2}")
	@MethodSource("searchInstantsOutOfRange")
	void aSearchInstantOutsideTheYears1To9999IsRefusedNamingIt(String resource, String field, String instant) {
		assertRefused(this.member.api().get(resource + field + "=" + encoded(instant)), field);
	}

	static Stream<Arguments> searchByBodyInstantsOutOfRange() {
		List<Arguments> cases = new ArrayList<>();
		for (String resource : List.of("/api/v1/reports/search", "/api/v1/locations/search")) {
			for (String field : SEARCH_INSTANTS) {
				cases.add(Arguments.of(resource, field, INSTANTS_OUT_OF_RANGE.get(0)));
				cases.add(Arguments.of(resource, field, INSTANTS_OUT_OF_RANGE.get(2)));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}={2}")
	@MethodSource("searchByBodyInstantsOutOfRange")
	void aSearchByBodyInstantOutsideTheYears1To9999IsRefusedNamingIt(String resource, String field, String instant) {
		assertRefused(this.member.api().post(resource, Map.of(field, instant)), field);
	}

	@Test
	void theInboxRefusesASinceOutsideTheYears1To9999() {
		for (String instant : INSTANTS_OUT_OF_RANGE) {
			assertRefused(this.member.api().get("/api/v1/inbox?since=" + encoded(instant)), "since");
		}
		assertRefused(this.member.api().get("/api/v1/inbox?since=yesterday"), "since");
	}

	@Test
	void theDeliveryFiguresRefuseAPeriodOutsideTheYears1To9999() {
		for (String instant : INSTANTS_OUT_OF_RANGE) {
			assertRefused(this.exchange.admin().get("/api/v1/deliveries/figures?from=" + encoded(instant)), "from");
			assertRefused(this.exchange.admin().get("/api/v1/deliveries/figures?to=" + encoded(instant)), "to");
		}
		Api.Response both = this.exchange.admin()
			.get("/api/v1/deliveries/figures?from=" + encoded(INSTANTS_OUT_OF_RANGE.get(0)) + "&to=tomorrow");
		assertRefused(both, "from");
		assertThat(fields(both)).containsExactlyInAnyOrder("from", "to");
		assertThat(this.exchange.admin().get("/api/v1/deliveries/figures?from=0001-01-01T00:00:00Z").status())
			.isEqualTo(200);
	}

	static Stream<Arguments> forgedSearchCursors() {
		String id = "|00000000-0000-4000-8000-000000000000";
		List<Arguments> cases = new ArrayList<>();
		for (String resource : List.of("/api/v1/reports?", "/api/v1/locations?")) {
			cases.add(Arguments.of(resource, "", "time|garbage" + id));
			cases.add(Arguments.of(resource, "", "time|+1000000000-01-01T00:00:00Z" + id));
			cases.add(Arguments.of(resource, "", "time|-4714-01-01T00:00:00Z" + id));
			cases.add(Arguments.of(resource, "q=convoy&", "relevance|abc" + id));
			cases.add(Arguments.of(resource, "q=convoy&", "relevance|-1e308" + id));
			cases.add(Arguments.of(resource, "q=convoy&", "relevance|NaN" + id));
			cases.add(Arguments.of(resource, "near=1,1&radius=1000&", "distance|1e999" + id));
			cases.add(Arguments.of(resource, "near=1,1&radius=1000&", "distance|-1e308" + id));
			cases.add(Arguments.of(resource, "near=1,1&radius=1000&", "distance|0x1p3" + id));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}{1}cursor={2}")
	@MethodSource("forgedSearchCursors")
	void aForgedSearchCursorIsRefusedNamingIt(String resource, String query, String plain) {
		assertRefused(this.member.api().get(resource + query + "cursor=" + cursor(plain)), "cursor");
	}

	@Test
	void aPlatformCursorWithATimeOutsideTheYears1To9999IsRefused() {
		String forged = cursor("10000000000000.0.00000000-0000-4000-8000-000000000000");
		assertRefused(this.member.api().get("/api/v1/inbox?cursor=" + forged), "cursor");
		assertRefused(this.member.api()
			.get("/api/v1/outcomes?report=00000000-0000-4000-8000-000000000000&cursor=" + forged), "cursor");
	}

	@Test
	void theMapNeedsAZoom() {
		assertRefused(this.member.api().get("/api/v1/map/locations?bbox=0,0,1,1"), "zoom");
		assertRefused(this.member.api().post("/api/v1/map/locations/search", Map.of("bbox", List.of(0, 0, 1, 1))), "zoom");
	}

	@Test
	void theMapNamesABadZoomWithTheOtherBadParameters() {
		Api.Response refused = this.member.api().get("/api/v1/map/locations?zoom=abc&from=yesterday&bbox=0,0,1");
		assertRefused(refused, "zoom");
		assertThat(fields(refused)).containsExactlyInAnyOrder("zoom", "from", "bbox");
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "abc", "1.5", "-1", "25", "0x3", "\u0663", "1e1", "" })
	void theMapRefusesAZoomThatIsNoWholeNumberFrom0To24(String zoom) {
		assertRefused(this.member.api().get("/api/v1/map/locations?zoom=" + encoded(zoom)), "zoom");
		assertRefused(this.member.api().post("/api/v1/map/locations/search", Map.of("zoom", zoom)), "zoom");
	}

	/** The map answers every cell of its view at once: like any parameter it does not take, paging is ignored. */
	@Test
	void theMapTakesNoPaging() {
		for (String paging : List.of("limit=0", "limit=-1", "limit=1001", "limit=abc", "sort=loudest", "cursor=abc")) {
			Api.Response map = this.member.api().get("/api/v1/map/locations?zoom=3&" + paging);
			assertThat(map.status()).as(paging + " " + map).isEqualTo(200);
		}
	}

	static Stream<Arguments> lenientNumbers() {
		List<Arguments> cases = new ArrayList<>();
		for (String resource : List.of("/api/v1/reports?", "/api/v1/locations?", "/api/v1/map/locations?zoom=2&")) {
			for (String bbox : List.of("1d,0,2,1", "0x1p3,0,9,1", "0,0,Infinity,1", "0,0,1,1f", "0,0,1,\u0661")) {
				cases.add(Arguments.of(resource, "bbox=" + encoded(bbox), "bbox"));
			}
			for (String radius : List.of("1000d", "0x10", "Infinity", "1e999", "1_000")) {
				cases.add(Arguments.of(resource, "near=1,1&radius=" + encoded(radius), "radius"));
			}
			// Not "1d,2": the coordinate parser reads d as a degree sign, as people write it (1°, 2).
			for (String near : List.of("0x1p3,0", "Infinity,0", "NaN,NaN", "1e999,0")) {
				cases.add(Arguments.of(resource, "radius=10&near=" + encoded(near), "near"));
			}
		}
		for (String limit : List.of("0x10", "#10", "1e2", "\u0661\u0660", "10.0")) {
			cases.add(Arguments.of("/api/v1/reports?", "limit=" + encoded(limit), "limit"));
		}
		cases.add(Arguments.of("/api/v1/sites?", "bbox=" + encoded("1d,0,2,1"), "bbox"));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("lenientNumbers")
	void aNumberIsReadAsPlainDecimalOnly(String resource, String query, String field) {
		assertRefused(this.member.api().get(resource + query), field);
	}

	/** Whole numbers Spring would read leniently (0x10 and #10 as 16) are wrong types: 400 naming them. */
	@Test
	void aWholeNumberParameterIsReadInDecimalDigitsOnly() {
		for (String limit : List.of("0x10", "#10", "\u0661\u0660", "1e2", "")) {
			for (String list : List.of("/api/v1/inbox?limit=", "/api/v1/sites?bbox=0,0,1,1&limit=",
					"/api/v1/ledger/entries?limit=", "/api/v1/notifications?limit=")) {
				Api.Response refused = this.member.api().get(list + encoded(limit));
				assertThat(refused.status()).as(list + limit + " " + refused).isEqualTo(400);
				assertThat(fields(refused)).as(list + limit + " " + refused).containsExactly("limit");
			}
		}
		assertThat(this.member.api().get("/api/v1/inbox?limit=+7").status()).isEqualTo(200);
		Api.Response after = this.member.api().get("/api/v1/ledger/entries?after=" + encoded("\u0661"));
		assertThat(after.status()).as(after.toString()).isEqualTo(422);
		Api.Response farAfter = this.member.api().get("/api/v1/ledger/entries?after=9223372036854775807");
		assertThat(farAfter.status()).as(farAfter.toString()).isEqualTo(200);
		assertThat(farAfter.json().path("next").isNull()).as(farAfter.toString()).isTrue();
	}

	static Stream<Arguments> invalidPolygons() {
		return Stream.of(Arguments.of("[[[0,0],[1,0],[1,1],[0,1],[0,0]],[[0.5,0.5],[1.5,0.5],[1.5,0.6],[0.5,0.6],[0.5,0.5]]]",
				"hole 1 crosses or touches the exterior ring"),
				Arguments.of("[[[0,0],[1,0],[1,1],[0,1],[0,0]],[[2,2],[3,2],[3,3],[2,2]]]", "hole 1 lies outside the exterior ring"),
				Arguments.of("[[[0,0],[1,0],[2,0],[0,0]]]", "encloses no area"),
				Arguments.of("[[[0,0],[0,0],[0,0],[0,0]]]", "fewer than three distinct vertices"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidPolygons")
	void anInvalidPolygonIsRefusedWithTheReason(String coordinates, String reason) {
		String polygon = "{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}";
		Api.Response byQuery = this.member.api().get("/api/v1/reports?polygon=" + encoded(polygon));
		assertRefused(byQuery, "polygon");
		assertThat(byQuery.body()).contains(reason);
		assertRefused(this.member.api().post("/api/v1/locations/search", "{\"polygon\":" + polygon + "}"), "polygon");
	}

	@Test
	void aPolygonOfTenThousandVerticesAndARepeatedOneIsSearched() {
		StringBuilder ring = new StringBuilder("[");
		for (int i = 0; i < 10_000; i++) {
			double angle = 2 * Math.PI * i / 10_000;
			ring.append('[').append(20 + Math.cos(angle)).append(',').append(10 + Math.sin(angle)).append("],");
		}
		ring.append("[21.0,10.0]]");
		Api.Response circle = this.member.api()
			.post("/api/v1/reports/search", "{\"polygon\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}");
		assertThat(circle.status()).as(circle.toString()).isEqualTo(200);
		String repeated = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,0],[1,1],[0,1],[0,0]]]}";
		Api.Response square = this.member.api().get("/api/v1/reports?polygon=" + encoded(repeated));
		assertThat(square.status()).as(square.toString()).isEqualTo(200);
	}

	@Test
	void everyBadSearchParameterIsReportedAtOnce() {
		for (String resource : List.of("/api/v1/reports?", "/api/v1/locations?")) {
			Api.Response refused = this.member.api().get(resource + "limit=0&sort=foo");
			assertRefused(refused, "limit");
			assertThat(fields(refused)).containsExactlyInAnyOrder("limit", "sort");
			Api.Response more = this.member.api().get(resource + "limit=abc&from=yesterday&bbox=1,2&cursor=x");
			assertThat(fields(more)).containsExactlyInAnyOrder("limit", "from", "bbox", "cursor");
		}
		Api.Response byBody = this.member.api().post("/api/v1/reports/search", Map.of("limit", 1001, "handling", "PURPLE"));
		assertThat(fields(byBody)).containsExactlyInAnyOrder("limit", "handling");
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "originator", "category", "handling", "bbox", "from",
			"minGrading", "hasOutcome", "sort", "limit" })
	void anEmptyFilterIsRefusedNamingIt(String field) {
		for (String resource : List.of("/api/v1/reports?", "/api/v1/locations?", "/api/v1/map/locations?zoom=2&")) {
			if (!(resource.contains("map") && List.of("sort", "limit").contains(field))) {
				assertRefused(this.member.api().get(resource + field + "="), field);
			}
		}
		assertRefused(this.member.api().post("/api/v1/reports/search", Map.of(field, "")), field);
	}

	@Test
	void theInboxRefusesAnEmptyFilter() {
		assertRefused(this.member.api().get("/api/v1/inbox?originator="), "originator");
		assertRefused(this.member.api().get("/api/v1/inbox?category=%20"), "category");
	}

	static void assertRefused(Api.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
		assertThat(fields(response)).as(response.toString()).contains(field);
	}

	static List<String> fields(Api.Response response) {
		return response.json().path("errors").valueStream().map((error) -> error.path("field").asString()).toList();
	}

	static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String cursor(String plain) {
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

}
