package org.entente.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.entente.geo.Coordinate;
import org.entente.geo.Distance;
import org.entente.geo.Sanitisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code GET /api/v1/reports} and {@code GET /api/v1/locations} as search: each filter alone and combined, the
 * orders and their paging, and need-to-know (a sanitised recipient is searched by sanitised points; a member
 * finds nothing it may not see). Every test has members of its own and scopes by originator or by a word made
 * up for it, as other tests share the database.
 */
@IntegrationTest
class SearchIntegrationTests {

	@LocalServerPort
	int port;

	Partner alpha;

	Partner bravo;

	Partner charlie;

	Partner delta;

	/** A word no other report contains. */
	String word;

	@BeforeEach
	void partners() {
		Exchange exchange = new Exchange(this.port);
		this.alpha = exchange.partner("SA");
		this.bravo = exchange.partner("SB");
		this.charlie = exchange.partner("SC");
		this.delta = exchange.partner("SD");
		this.word = "qz" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
	}

	@Test
	void textFindsWordsInTheReportsLanguage() {
		String english = submit(report("Convoys moving " + this.word, "Three convoys were moving north.", "en"));
		String french = submit(report("Véhicules " + this.word, "Les véhicules blindés traversent le pont.", "fr"));
		String russian = submit(report("Колонна " + this.word, "Колонна танков двигалась на север.", "ru"));
		String arabic = submit(report("قافلة " + this.word, "شوهدت قافلة قرب الجسر.", "ar"));
		String persian = submit(report("کاروان " + this.word, "کاروان نظامی در نزدیکی پل دیده شد.", "fa"));
		assertThat(ids(search(this.alpha, "q", "convoy " + this.word))).containsExactly(english);
		assertThat(ids(search(this.alpha, "q", "véhicule " + this.word))).containsExactly(french);
		assertThat(ids(search(this.alpha, "q", "танки " + this.word))).containsExactly(russian);
		assertThat(ids(search(this.alpha, "q", "جسر " + this.word))).as("the article is not part of the word").containsExactly(arabic);
		assertThat(ids(search(this.alpha, "q", "کاروان " + this.word))).containsExactly(persian);
	}

	@Test
	void textFindsNamesSpeltDifferently() {
		String kharkiv = submit(report("Artillery", "Artillery fire reported near Kharkiv " + this.word + ".", "en"));
		submit(report("Quiet", "Nothing to report from Odesa " + this.word + ".", "en"));
		assertThat(ids(search(this.alpha, "q", "Kharkov", "originator", this.alpha.code()))).containsExactly(kharkiv);
	}

	@Test
	void wordsOfReportsAViewerMayNotSeeDoNotCrowdOutTheSpellingsOfThoseItMay() {
		String stem = "vorskl" + this.word.substring(2);
		String visible = submit(report("Crossing", "Boats crossing near " + stem + "ovka.", "en"));
		String asked = stem + "ivka";
		assertThat(ids(search(this.bravo, "q", asked, "originator", this.alpha.code()))).containsExactly(visible);
		List<String> closer = new ArrayList<>();
		for (char letter = 'a'; letter <= 't'; letter++) {
			closer.add(asked + letter);
		}
		Api.Response hidden = this.delta.api().post("/api/v1/reports", Map.of("title", "Variants", "body",
				String.join(" ", closer), "handling", "RED"));
		assertThat(hidden.status()).as(hidden.toString()).isEqualTo(201);
		assertThat(ids(search(this.bravo, "q", asked, "originator", this.alpha.code())))
			.as("the same answer as before delta's report existed").containsExactly(visible);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"convoy\" & !tank | (a:*)", "'; drop table report; --", "<-> <2> !!", "\\", "%_%" })
	void textWithOperatorsAndQuotesIsReadAsText(String text) {
		Api.Response response = this.alpha.api().get(path("/api/v1/reports", "q", text + " " + this.word));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	@Test
	void relevanceRanksTheTitleMatchFirstAndPagesWithoutLossOrRepeat() {
		List<String> submitted = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			submitted.add(submit(report("Report " + i, "Mentions " + this.word + " in the body.", "en")));
		}
		String inTitle = submit(report("All about " + this.word, "And " + this.word + " again in the body.", "en"));
		List<String> pages = allPages(this.alpha, "/api/v1/reports", 2, "q", this.word);
		assertThat(pages).hasSize(6).doesNotHaveDuplicates().containsAll(submitted).first().isEqualTo(inTitle);
	}

	@Test
	void boxFindsReportsWithALocationInside() {
		String paris = submit(located("Paris", 48.8566, 2.3522));
		submit(located("Lyon", 45.764, 4.8357));
		assertThat(ids(search(this.alpha, "bbox", "2,48,3,49", "originator", this.alpha.code()))).containsExactly(paris);
	}

	@Test
	void resultsCarryTheirSitesAsTheViewerSeesThem() {
		submit(located("first", 30.0, 30.0));
		submit(located("second", 30.0005, 30.0));
		JsonNode found = items(search(this.bravo, "bbox", "29.9,29.9,30.1,30.1", "originator", this.alpha.code())).get(0);
		assertThat(found.path("sites")).hasSize(1);
		assertThat(found.path("sites").get(0).path("reports").asInt()).isEqualTo(2);
		assertThat(items(search(this.delta, "bbox", "29.9,29.9,30.1,30.1", "originator", this.alpha.code()))).isEmpty();
	}

	@Test
	void boxAcrossTheAntimeridianWorks() {
		String fiji = submit(located("Suva", -18.1416, 178.4419));
		String samoa = submit(located("Apia", -13.8333, -171.7667));
		submit(located("Sydney", -33.8688, 151.2093));
		assertThat(ids(search(this.alpha, "bbox", "170,-25,-165,-10", "originator", this.alpha.code())))
			.containsExactlyInAnyOrder(fiji, samoa);
	}

	@Test
	void radiusIsGeodesicAndDistanceOrdersNearestFirst() {
		double latitude = 60.0;
		double longitude = 10.0;
		// 1° of longitude at 60°N is about 55.8 km: points 900 m and 1,100 m east, and one 500 m north.
		double metresPerDegree = Distance.geodesicMeters(latitude, longitude, latitude, longitude + 1);
		String inside = submit(located("inside", latitude, longitude + 900 / metresPerDegree));
		String outside = submit(located("outside", latitude, longitude + 1_100 / metresPerDegree));
		String nearest = submit(located("nearest", latitude + 500 / 111_412.0, longitude));
		List<String> found = ids(search(this.alpha, "near", latitude + "," + longitude, "radius", "1000", "originator",
				this.alpha.code()));
		assertThat(found).containsExactly(nearest, inside).doesNotContain(outside);
		List<JsonNode> locations = items(searchIn(this.alpha, "/api/v1/locations", "near", latitude + "," + longitude,
				"radius", "1000", "originator", this.alpha.code()));
		assertThat(locations.get(1).path("distanceMeters").asDouble()).isCloseTo(900, within(0.5));
	}

	@Test
	void nearTakesCoordinatesAsPeopleWriteThem() {
		String depot = submit(located("depot", 33.3152, 44.3661));
		List<String> found = ids(search(this.alpha, "near", "33°18'55\"N 44°21'58\"E", "radius", "500", "originator",
				this.alpha.code()));
		assertThat(found).containsExactly(depot);
	}

	@Test
	void polygonWithAHoleExcludesTheHole() {
		String inRing = submit(located("ring", 10.5, 10.5));
		String inHole = submit(located("hole", 11.5, 11.5));
		String polygon = """
				{"type":"Polygon","coordinates":[[[10,10],[13,10],[13,13],[10,13],[10,10]],
				 [[11,11],[12,11],[12,12],[11,12],[11,11]]]}""";
		List<String> found = ids(search(this.alpha, "polygon", polygon, "originator", this.alpha.code()));
		assertThat(found).containsExactly(inRing).doesNotContain(inHole);
	}

	@Test
	void timeCategoryHandlingAndGradingFilterTogether() {
		Map<String, Object> old = report("Old", "Observed long ago " + this.word, "en");
		old.put("observedAt", "2020-01-01T00:00:00Z");
		submit(old);
		Map<String, Object> recent = report("Recent", "Observed lately " + this.word, "en");
		recent.put("observedAt", "2026-06-01T00:00:00Z");
		recent.put("category", "movement");
		recent.put("sourceReliability", "B");
		recent.put("credibility", 2);
		String wanted = submit(recent);
		Map<String, Object> poorlyGraded = new HashMap<>(recent);
		poorlyGraded.put("sourceReliability", "D");
		submit(poorlyGraded);
		assertThat(ids(search(this.alpha, "q", this.word, "observedFrom", "2026-01-01T00:00:00Z", "minGrading", "B2",
				"category", "movement", "handling", "AMBER"))).containsExactly(wanted);
		assertThat(ids(search(this.alpha, "q", this.word, "observedTo", "2021-01-01T00:00:00Z"))).hasSize(1);
		assertThat(ids(search(this.alpha, "q", this.word, "to", "2000-01-01T00:00:00Z"))).isEmpty();
	}

	@Test
	void sanitizedRecipientIsSearchedBySanitizedPointsOnly() {
		double latitude = 35.123456;
		double longitude = 45.654321;
		Map<String, Object> report = located("grid", latitude, longitude);
		report.put("releasableTo", List.of(Map.of("member", this.bravo.code(), "detail", "full"),
				Map.of("member", this.charlie.code(), "detail", "sanitized")));
		String id = submit(report);
		String aroundExactPoint = (longitude - 0.0001) + "," + (latitude - 0.0001) + "," + (longitude + 0.0001) + ","
				+ (latitude + 0.0001);
		assertThat(ids(search(this.bravo, "bbox", aroundExactPoint))).containsExactly(id);
		assertThat(ids(search(this.charlie, "bbox", aroundExactPoint))).as("the exact point is not theirs to search").isEmpty();
		Coordinate cell = Sanitisation.sanitise(latitude, longitude, Sanitisation.DEFAULT_PRECISION_METERS);
		String aroundCell = (cell.longitude() - 0.0001) + "," + (cell.latitude() - 0.0001) + ","
				+ (cell.longitude() + 0.0001) + "," + (cell.latitude() + 0.0001);
		assertThat(ids(search(this.charlie, "bbox", aroundCell))).containsExactly(id);
		JsonNode location = items(searchIn(this.charlie, "/api/v1/locations", "bbox", aroundCell)).get(0);
		assertThat(location.path("lat").asDouble()).isEqualTo(cell.latitude());
		assertThat(location.path("detail").asString()).isEqualTo("sanitized");
		assertThat(ids(search(this.delta, "bbox", aroundExactPoint))).isEmpty();
		assertThat(items(searchIn(this.delta, "/api/v1/locations", "bbox", aroundCell))).isEmpty();
	}

	@Test
	void sanitizedRecipientIsNotSelectedByAGradingItCannotSee() {
		Map<String, Object> report = report("Graded " + this.word, "Graded A1.", "en");
		report.put("sourceReliability", "A");
		report.put("credibility", 1);
		report.put("releasableTo", List.of(Map.of("member", this.charlie.code(), "detail", "sanitized")));
		submit(report);
		assertThat(ids(search(this.charlie, "q", this.word))).hasSize(1);
		assertThat(ids(search(this.charlie, "q", this.word, "minGrading", "A"))).isEmpty();
	}

	@Test
	void strangerFindsNothingOfWhatItMayNotSee() {
		Map<String, Object> report = located("secret " + this.word, 20.0, 20.0);
		report.put("releasableTo", List.of(Map.of("member", this.bravo.code(), "detail", "full")));
		submit(report);
		assertThat(ids(search(this.delta, "q", this.word))).isEmpty();
		assertThat(ids(search(this.delta, "near", "20,20", "radius", "100"))).isEmpty();
		JsonNode map = this.delta.api().get(path("/api/v1/map/locations", "bbox", "19,19,21,21", "zoom", "12")).json();
		assertThat(map.path("features")).isEmpty();
	}

	@Test
	void locationsPageByTimeWithoutLossOrRepeat() {
		for (int i = 0; i < 3; i++) {
			Map<String, Object> report = report("Two places " + i, "Body", "en");
			report.put("locations", List.of(Map.of("lat", 1.0 + i, "lon", 1.0), Map.of("lat", 1.0 + i, "lon", 2.0)));
			submit(report);
		}
		List<String> pages = allPages(this.alpha, "/api/v1/locations", 4, "originator", this.alpha.code());
		assertThat(pages).hasSize(6).doesNotHaveDuplicates();
	}

	@Test
	void mapClustersAtLowZoomAndShowsPointsAtHighZoom() {
		String first = submit(located("one", 40.0001, 20.0001));
		submit(located("two", 40.0002, 20.0002));
		submit(located("three", 40.0003, 20.0003));
		Api.Response low = this.alpha.api()
			.get(path("/api/v1/map/locations", "zoom", "5", "bbox", "19,39,21,41", "originator", this.alpha.code()));
		assertThat(low.status()).as(low.toString()).isEqualTo(200);
		assertThat(low.contentType()).startsWith("application/geo+json");
		JsonNode cluster = low.json().path("features").get(0);
		assertThat(low.json().path("features")).hasSize(1);
		assertThat(cluster.path("properties").path("count").asInt()).isEqualTo(3);
		assertThat(cluster.path("bbox").get(0).asDouble()).isCloseTo(20.0001, within(1e-9));
		assertThat(cluster.path("bbox").get(3).asDouble()).isCloseTo(40.0003, within(1e-9));
		assertThat(cluster.path("geometry").path("coordinates").get(1).asDouble()).isCloseTo(40.0002, within(1e-9));
		JsonNode high = this.alpha.api()
			.get(path("/api/v1/map/locations", "zoom", "22", "bbox", "20,40,20.001,40.001", "originator",
					this.alpha.code()))
			.json();
		assertThat(high.path("features")).hasSize(3);
		assertThat(high.path("features").findValuesAsString("report")).contains(first);
	}

	@Test
	void mapAcrossTheAntimeridianShowsBothSidesWithLongitudesInRange() {
		submit(located("east", -17.0, 179.9));
		submit(located("west", -17.0, -179.9));
		JsonNode map = this.alpha.api()
			.get(path("/api/v1/map/locations", "zoom", "3", "bbox", "170,-20,-170,-10", "originator", this.alpha.code()))
			.json();
		// The grid's cells end at the antimeridian, as map tiles do: one cluster each side.
		assertThat(map.path("features").findValues("coordinates"))
			.extracting((coordinates) -> coordinates.get(0).asDouble())
			.containsExactlyInAnyOrder(-179.9, 179.9);
	}

	@Test
	void mapClustersStayPutWhenTheMapPans() {
		submit(located("one", 30.0001, 10.0001));
		submit(located("two", 30.0002, 10.0002));
		for (String box : List.of("9,29,11,31", "9.9,29.9,12,32", "5,25,10.5,30.5")) {
			JsonNode cluster = this.alpha.api()
				.get(path("/api/v1/map/locations", "zoom", "5", "bbox", box, "originator", this.alpha.code()))
				.json()
				.path("features")
				.get(0);
			assertThat(cluster.path("properties").path("count").asInt()).as(box).isEqualTo(2);
			assertThat(cluster.path("geometry").path("coordinates").get(0).asDouble()).as(box)
				.isCloseTo(10.00015, within(1e-9));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"radius | near=1,1&radius=0",
			"radius | near=1,1&radius=20000001",
			"radius | near=1,1",
			"near | radius=100",
			"near | near=north&radius=100",
			"bbox | bbox=0,10,1,5",
			"bbox | bbox=0,1,2",
			"bbox | bbox=0,0,1,91",
			"polygon | polygon={\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}",
			"polygon | polygon={\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}",
			"polygon | polygon={\"type\":\"Polygon\",\"coordinates\":[[[170,0],[-170,0],[-170,1],[170,1],[170,0]]]}",
			"polygon | polygon={\"type\":\"Point\",\"coordinates\":[0,0]}",
			"sort | sort=distance",
			"sort | sort=loudest",
			"minGrading | minGrading=Z9",
			"observedFrom | observedFrom=yesterday",
			"cursor | cursor=bm90LWEtY3Vyc29y",
			"limit | limit=0" })
	void badSearchIsRefusedNamingTheField(String field, String query) {
		String encoded = encodeQuery(query);
		Api.Response response = this.alpha.api().get("/api/v1/reports?" + encoded);
		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"" + field + "\"");
	}

	@Test
	void searchByBodyTakesAPolygonObject() {
		String inside = submit(located("inside", 5.5, 5.5));
		Map<String, Object> polygon = Map.of("type", "Polygon", "coordinates",
				List.of(List.of(List.of(5, 5), List.of(6, 5), List.of(6, 6), List.of(5, 6), List.of(5, 5))));
		Api.Response reports = this.alpha.api()
			.post("/api/v1/reports/search", Map.of("polygon", polygon, "originator", this.alpha.code(), "limit", 10));
		assertThat(reports.status()).as(reports.toString()).isEqualTo(200);
		assertThat(ids(reports)).containsExactly(inside);
		Api.Response locations = this.alpha.api()
			.post("/api/v1/locations/search", Map.of("bbox", List.of(5, 5, 6, 6), "originator", this.alpha.code()));
		assertThat(items(locations)).extracting((item) -> item.path("reportId").asString()).containsExactly(inside);
	}

	@Test
	void mapByBodyTakesAPolygonOfThousandsOfVertices() {
		String inside = submit(located("inside", 7.5, 7.5));
		submit(located("outside", 7.5, 8.5));
		List<List<Double>> ring = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			double angle = 2 * Math.PI * i / 5000;
			ring.add(List.of(7.5 + 0.4 * Math.cos(angle), 7.5 + 0.4 * Math.sin(angle)));
		}
		ring.add(ring.get(0));
		Api.Response map = this.alpha.api()
			.post("/api/v1/map/locations/search", Map.of("zoom", 12, "bbox", List.of(7, 7, 9, 8),
					"polygon", Map.of("type", "Polygon", "coordinates", List.of(ring)), "originator", this.alpha.code()));
		assertThat(map.status()).as(map.toString()).isEqualTo(200);
		assertThat(map.contentType()).startsWith("application/geo+json");
		assertThat(map.json().path("features").findValuesAsString("report")).containsExactly(inside);
	}

	@Test
	void mapByBodyAnswersAsTheMap() {
		submit(located("one", 50.0001, 30.0001));
		submit(located("two", 50.0002, 30.0002));
		JsonNode byQuery = this.alpha.api()
			.get(path("/api/v1/map/locations", "zoom", "5", "bbox", "29,49,31,51", "originator", this.alpha.code()))
			.json();
		JsonNode byBody = this.alpha.api()
			.post("/api/v1/map/locations/search",
					Map.of("zoom", "5", "bbox", "29,49,31,51", "originator", this.alpha.code()))
			.json();
		assertThat(byBody).isEqualTo(byQuery);
		assertThat(byBody.path("features").get(0).path("properties").path("count").asInt()).isEqualTo(2);
	}

	@Test
	void mapRefusesAGridNoScreenShows() {
		Api.Response response = this.alpha.api().get(path("/api/v1/map/locations", "zoom", "20"));
		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.body()).contains("\"zoom\"");
	}

	@Test
	void polygonOfMoreThanTenThousandVerticesIsRefused() {
		StringBuilder ring = new StringBuilder("[[0,0]");
		for (int i = 1; i <= 10_001; i++) {
			ring.append(",[").append(i * 0.0001).append(',').append((i % 2) * 0.00001).append(']');
		}
		ring.append(",[0,1],[0,0]]");
		Api.Response response = this.alpha.api()
			.post("/api/v1/reports/search", "{\"polygon\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}");
		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.body()).contains("\"polygon\"", "10000");
	}

	private Map<String, Object> report(String title, String body, String language) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("title", title);
		report.put("body", body);
		report.put("language", language);
		report.put("handling", "AMBER");
		report.put("releasableTo", List.of(Map.of("member", this.bravo.code(), "detail", "full")));
		return report;
	}

	private Map<String, Object> located(String title, double latitude, double longitude) {
		Map<String, Object> report = report(title, "Seen there.", "en");
		report.put("locations", List.of(Map.of("lat", latitude, "lon", longitude)));
		return report;
	}

	private String submit(Map<String, Object> report) {
		Api.Response submitted = this.alpha.api().post("/api/v1/reports", report);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		return submitted.json().path("id").asString();
	}

	private static Api.Response search(Partner partner, String... parameters) {
		return searchIn(partner, "/api/v1/reports", parameters);
	}

	private static Api.Response searchIn(Partner partner, String resource, String... parameters) {
		Api.Response response = partner.api().get(path(resource, parameters));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response;
	}

	private static List<String> allPages(Partner partner, String resource, int limit, String... parameters) {
		List<String> ids = new ArrayList<>();
		String cursor = null;
		do {
			List<String> query = new ArrayList<>(List.of(parameters));
			query.addAll(List.of("limit", Integer.toString(limit)));
			if (cursor != null) {
				query.addAll(List.of("cursor", cursor));
			}
			JsonNode page = searchIn(partner, resource, query.toArray(String[]::new)).json();
			assertThat(page.path("items").size()).isLessThanOrEqualTo(limit);
			page.path("items").forEach((item) -> ids.add(item.path("id").asString()));
			cursor = page.path("next").isNull() ? null : page.path("next").asString();
		}
		while (cursor != null);
		return ids;
	}

	private static List<String> ids(Api.Response response) {
		return items(response).stream().map((item) -> item.path("id").asString()).toList();
	}

	private static List<JsonNode> items(Api.Response response) {
		List<JsonNode> items = new ArrayList<>();
		response.json().path("items").forEach(items::add);
		return items;
	}

	private static String path(String resource, String... parameters) {
		StringBuilder path = new StringBuilder(resource);
		for (int i = 0; i < parameters.length; i += 2) {
			path.append((i == 0) ? '?' : '&')
				.append(parameters[i])
				.append('=')
				.append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
		}
		return path.toString();
	}

	private static String encodeQuery(String query) {
		StringBuilder encoded = new StringBuilder();
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			encoded.append((encoded.length() > 0) ? "&" : "")
				.append(parts[0])
				.append('=')
				.append(URLEncoder.encode(parts[1], StandardCharsets.UTF_8));
		}
		return encoded.toString();
	}

}
