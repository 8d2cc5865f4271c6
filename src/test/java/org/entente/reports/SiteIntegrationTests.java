package org.entente.reports;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.entente.geo.Coordinate;
import org.entente.geo.Sanitisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Sites (issue 5): locations of several reports within the correlation distance (250 m; 1000 m for the kind
 * {@code convoy}, as {@link IntegrationTest} configures) are one site, and each member sees a site only as far as
 * it may see its reports. Every test works at a random place of its own, so that no other test's reports are near.
 */
@IntegrationTest
class SiteIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	/** Originators A and B, C a recipient of everything, D a member that receives only what is said. */
	Partner arvalia;

	Partner borvik;

	Partner castella;

	Partner dunmore;

	Place here;

	@BeforeEach
	void partners() {
		Exchange exchange = new Exchange(this.port);
		this.arvalia = exchange.partner("SA");
		this.borvik = exchange.partner("SB");
		this.castella = exchange.partner("SC");
		this.dunmore = exchange.partner("SD");
		this.here = Place.random();
	}

	@Nested
	class Corroboration {

		@Test
		void twoMembersHundredMetresApartAreOneSiteCorroboratedByTwoForAViewerOfBoth() {
			String first = submit(SiteIntegrationTests.this.arvalia, releasedTo(castella(), dunmore()), here());
			String second = submit(SiteIntegrationTests.this.borvik, releasedTo(castella()), here().east(100));

			JsonNode seenByBoth = onlySite(castella());
			assertThat(seenByBoth.path("members").asInt()).isEqualTo(2);
			assertThat(seenByBoth.path("reports").asInt()).isEqualTo(2);
			assertThat(seenByBoth.path("locations").asInt()).isEqualTo(2);
			JsonNode seenByOne = onlySite(dunmore());
			assertThat(seenByOne.path("id")).isEqualTo(seenByBoth.path("id"));
			assertThat(seenByOne.path("members").asInt()).isEqualTo(1);
			assertThat(seenByOne.path("reports").asInt()).isEqualTo(1);

			assertThat(sitesOfReport(castella(), first)).containsExactly(
					Map.of("id", seenByBoth.path("id").asString(), "reports", 2, "members", 2));
			assertThat(sitesOfReport(castella(), second)).isEqualTo(sitesOfReport(castella(), first));
			assertThat(sitesOfReport(dunmore(), first)).containsExactly(
					Map.of("id", seenByBoth.path("id").asString(), "reports", 1, "members", 1));
		}

		@Test
		void theAnswerToASubmissionAlreadyNamesItsSites() {
			submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()), here());
			Api.Response submitted = SiteIntegrationTests.this.borvik.api().post("/api/v1/reports",
					draft(releasedTo(castella()), List.of(here().east(100), here().east(1_000))));

			JsonNode sites = submitted.json().path("sites");
			assertThat(sites).hasSize(2);
			assertThat(sites.get(0).path("members").asInt()).as("the originator does not see A's report").isEqualTo(1);
			assertThat(sites.get(0).path("id")).isNotEqualTo(sites.get(1).path("id"));
		}

		@Test
		void locationsThreeHundredMetresApartAreTwoSites() {
			submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()), here());
			submit(SiteIntegrationTests.this.borvik, releasedTo(castella()), here().east(300));

			JsonNode sites = sitesIn(castella(), here().area());
			assertThat(sites).hasSize(2);
			assertThat(sites.valueStream().map((site) -> site.path("members").asInt())).containsExactly(1, 1);
		}

		@Test
		void theCentroidAndExtentAreOfThePointsAsTheViewerSeesThem() {
			Place here = here().gridCentre();
			String report = submit(SiteIntegrationTests.this.arvalia,
					List.of(Map.of("member", castella().code(), "detail", "sanitized"),
							Map.of("member", dunmore().code(), "detail", "full")),
					here, here.east(100));

			// Both points lie in one grid cell, so the sanitised recipient sees them at one point, one site.
			JsonNode gridPoints = read(castella(), report).path("locations");
			JsonNode sanitized = onlySite(castella());
			assertThat(sanitized.path("latitude").asDouble()).isCloseTo(
					(gridPoints.get(0).path("lat").asDouble() + gridPoints.get(1).path("lat").asDouble()) / 2, within(1e-6));
			assertThat(sanitized.path("longitude").asDouble()).isCloseTo(
					(gridPoints.get(0).path("lon").asDouble() + gridPoints.get(1).path("lon").asDouble()) / 2, within(1e-6));
			assertThat(sanitized.toString()).doesNotContain(Double.toString(here.east(100).latitude()));
			JsonNode full = onlySite(dunmore());
			Place middle = here.east(50);
			assertThat(full.path("latitude").asDouble()).isCloseTo(middle.latitude(), within(1e-6));
			assertThat(full.path("longitude").asDouble()).isCloseTo(middle.longitude(), within(1e-6));
			Place east = here.east(100);
			assertExtent(full, here.longitude(), Math.min(here.latitude(), east.latitude()), east.longitude(),
					Math.max(here.latitude(), east.latitude()));
		}

	}

	@Nested
	class NeedToKnow {

		@Test
		void aSiteShowsNothingOfAReportNearbyThatTheViewerMayNotSee() {
			String visible = submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()),
					here().observed("2026-03-01T10:00:00Z"));
			String hidden = submit(SiteIntegrationTests.this.borvik, List.of(),
					here().east(100).observed("2025-01-01T00:00:00Z"), here().north(150));

			JsonNode site = onlySite(castella());
			assertThat(site.path("reports").asInt()).isEqualTo(1);
			assertThat(site.path("members").asInt()).isEqualTo(1);
			assertThat(site.path("locations").asInt()).isEqualTo(1);
			assertThat(site.path("firstSeen").asString()).isEqualTo("2026-03-01T10:00:00Z");
			assertThat(site.path("lastSeen").asString()).isEqualTo("2026-03-01T10:00:00Z");
			assertExtent(site, here().longitude(), here().latitude(), here().longitude(), here().latitude());
			Api.Response detail = castella().api().get("/api/v1/sites/" + site.path("id").asString());
			assertThat(detail.status()).isEqualTo(200);
			assertThat(detail.body()).contains(visible).doesNotContain(hidden);
			assertThat(sitesOfReport(castella(), visible)).containsExactly(
					Map.of("id", site.path("id").asString(), "reports", 1, "members", 1));

			JsonNode ownView = onlySite(SiteIntegrationTests.this.borvik);
			assertThat(ownView.path("locations").asInt()).as("its own two, not A's it may not see").isEqualTo(2);
			assertThat(ownView.path("reports").asInt()).isEqualTo(1);
			assertThat(ownView.path("id")).as("named after what it sees").isNotEqualTo(site.path("id"));
		}

		@Test
		void aLocationTheViewerMayNotSeeNeverJoinsTwoOfItsSites() {
			String west = submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()), here());
			submit(SiteIntegrationTests.this.dunmore, releasedTo(castella()), here().east(400));
			JsonNode before = sitesIn(castella(), here().area());
			assertThat(before).hasSize(2);

			submit(SiteIntegrationTests.this.borvik, List.of(), here().east(200));

			assertThat(sitesIn(castella(), here().area())).as("as if the hidden location did not exist")
				.containsExactlyInAnyOrderElementsOf(before);
			assertThat(sitesOfReport(castella(), west)).singleElement()
				.satisfies((entry) -> assertThat(entry).containsEntry("reports", 1).containsEntry("members", 1));
			assertThat(onlySite(SiteIntegrationTests.this.borvik).path("reports").asInt()).isEqualTo(1);
		}

		@Test
		void aSanitisedRecipientsSitesLinkAtTheGridPointsItSeesNeverAtThePointsItIsNotShown() {
			Place grid = here().gridCentre();
			Place exact = grid.north(400);
			submit(SiteIntegrationTests.this.arvalia, List.of(Map.of("member", castella().code(), "detail", "sanitized")),
					exact);
			String nearTheExactPoint = submit(castella(), List.of(), exact.east(77));
			String nearTheGridPoint = submit(castella(), List.of(), grid.east(100));

			assertThat(sitesOfReport(castella(), nearTheExactPoint)).as("77 m from a point it is not shown").singleElement()
				.satisfies((entry) -> assertThat(entry).containsEntry("reports", 1).containsEntry("members", 1));
			assertThat(sitesOfReport(castella(), nearTheGridPoint)).as("100 m from the grid point it is shown")
				.singleElement()
				.satisfies((entry) -> assertThat(entry).containsEntry("reports", 2).containsEntry("members", 2));
			assertThat(sitesIn(castella(), here().area())).hasSize(2);
		}

		@Test
		void aSiteOfWhichTheViewerSeesNothingIsAbsentExactlyAsOneThatDoesNotExist() {
			submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()), here());
			String site = onlySite(castella()).path("id").asString();

			assertThat(sitesIn(dunmore(), here().area())).isEmpty();
			Api.Response hidden = dunmore().api().get("/api/v1/sites/" + site);
			Api.Response missing = dunmore().api().get("/api/v1/sites/00000000-0000-4000-8000-000000000000");
			assertThat(hidden.status()).isEqualTo(404);
			assertThat(missing.status()).isEqualTo(404);
			assertThat(hidden.json().path("detail").asString().replace(site, "ID"))
				.isEqualTo(missing.json().path("detail").asString().replace("00000000-0000-4000-8000-000000000000", "ID"));
		}

		@Test
		void aWithdrawnReportNoLongerCountsNorLinksNewLocations() {
			submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()), here());
			String withdrawn = submit(SiteIntegrationTests.this.borvik, releasedTo(castella()), here().east(200));
			assertThat(onlySite(castella()).path("members").asInt()).isEqualTo(2);

			Api.Response withdrawal = SiteIntegrationTests.this.borvik.api()
				.post("/api/v1/reports/" + withdrawn + "/withdraw", Map.of("reason", "wrong place"));
			assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(200);
			assertThat(onlySite(castella()).path("members").asInt()).isEqualTo(1);

			submit(SiteIntegrationTests.this.dunmore, releasedTo(castella()), here().east(400));
			assertThat(sitesIn(castella(), here().area())).as("the withdrawn location at 200 m links nothing")
				.hasSize(2);
		}

		@Test
		void anAmendmentThatMovesALocationAwayTakesItOutOfTheSite() {
			submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()), here());
			String moved = submit(SiteIntegrationTests.this.borvik, releasedTo(castella()), here().east(100));
			String site = onlySite(castella()).path("id").asString();

			Api.Response amended = SiteIntegrationTests.this.borvik.api()
				.patch("/api/v1/reports/" + moved, Map.of("locations", List.of(here().east(600).location())));
			assertThat(amended.status()).as(amended.toString()).isEqualTo(200);

			assertThat(sitesOfReport(castella(), moved)).singleElement()
				.satisfies((entry) -> assertThat(entry.get("id")).isNotEqualTo(site));
			JsonNode sites = sitesIn(castella(), here().area());
			assertThat(sites).hasSize(2);
			assertThat(sites.valueStream().map((entry) -> entry.path("members").asInt())).containsExactly(1, 1);
		}

	}

	@Nested
	class Linkage {

		@Test
		void aLocationBetweenTwoSitesMergesThemAndTheOlderKeepsItsId() {
			submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()), here());
			String older = onlySite(castella()).path("id").asString();
			submit(SiteIntegrationTests.this.borvik, releasedTo(castella()), here().east(400));
			assertThat(sitesIn(castella(), here().area())).hasSize(2);

			submit(SiteIntegrationTests.this.dunmore, releasedTo(castella()), here().east(200));

			JsonNode merged = onlySite(castella());
			assertThat(merged.path("id").asString()).isEqualTo(older);
			assertThat(merged.path("reports").asInt()).isEqualTo(3);
			assertThat(merged.path("members").asInt()).isEqualTo(3);
		}

		@Test
		void aKindWithALongerDistanceLinksFartherWhicheverSideItIsOn() {
			submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()), here().kind("convoy"));
			submit(SiteIntegrationTests.this.borvik, releasedTo(castella()), here().east(600));
			Place elsewhere = here().north(50_000);
			submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()), elsewhere);
			submit(SiteIntegrationTests.this.borvik, releasedTo(castella()), elsewhere.east(600));

			assertThat(sitesIn(castella(), here().area())).singleElement()
				.satisfies((site) -> assertThat(site.path("members").asInt()).isEqualTo(2));
			assertThat(sitesIn(castella(), elsewhere.area())).hasSize(2);
		}

		@Test
		void neighboursAcrossTheAntimeridianAreOneSiteAndABoxAcrossItFindsIt() {
			double latitude = ThreadLocalRandom.current().nextDouble(-50, 50);
			Place west = new Place(latitude, 179.9995, null, null);
			Place east = new Place(latitude, -179.9995, null, null);
			submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()), west);
			submit(SiteIntegrationTests.this.borvik, releasedTo(castella()), east);

			String across = "179.99,%s,-179.99,%s".formatted(latitude - 0.01, latitude + 0.01);
			JsonNode site = sitesIn(castella(), across).get(0);
			assertThat(sitesIn(castella(), across)).hasSize(1);
			assertThat(site.path("members").asInt()).isEqualTo(2);
			assertThat(Math.abs(site.path("longitude").asDouble())).isCloseTo(180, within(1e-6));
			assertExtent(site, 179.9995, latitude, -179.9995, latitude);
			assertThat(sitesIn(castella(), "179.99,%s,180,%s".formatted(latitude - 0.01, latitude + 0.01)))
				.as("the western half alone still finds the site").hasSize(1);
		}

		@Test
		void neighboursOnOppositeMeridiansNearAPoleAreOneSite() {
			double longitude = ThreadLocalRandom.current().nextDouble(-180, 0);
			submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()), new Place(89.9995, longitude, null, null));
			submit(SiteIntegrationTests.this.borvik, releasedTo(castella()), new Place(89.9995, longitude + 180, null, null));

			JsonNode sites = sitesIn(castella(), "-180,89.99,180,90");
			assertThat(sites).hasSize(1);
			assertThat(sites.get(0).path("members").asInt()).isEqualTo(2);
			assertThat(sites.get(0).path("latitude").asDouble()).isGreaterThan(89.9995);
		}

		@Test
		void aBulkSubmissionCorrelatesItsReportsWithEachOtherAndWithStoredOnes() {
			submit(SiteIntegrationTests.this.borvik, releasedTo(castella()), here());
			StringBuilder lines = new StringBuilder();
			for (int i = 1; i <= 3; i++) {
				lines.append(JSON.writeValueAsString(draft(releasedTo(castella()), List.of(here().east(150 * i))))).append('\n');
			}
			Api.Response bulk = SiteIntegrationTests.this.arvalia.api().send("POST", "/api/v1/reports/bulk",
					BodyPublishers.ofString(lines.toString()), "application/x-ndjson", Map.of());
			assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
			assertThat(bulk.json().path("accepted").asInt()).isEqualTo(3);

			JsonNode site = onlySite(castella());
			assertThat(site.path("reports").asInt()).isEqualTo(4);
			assertThat(site.path("members").asInt()).isEqualTo(2);
		}

		@Test
		void minusZeroAndZeroAreOnePointInOneBatch() {
			double longitude = ThreadLocalRandom.current().nextDouble(-170, 170);
			Api.Response submitted = SiteIntegrationTests.this.arvalia.api().post("/api/v1/reports",
					"{\"title\":\"Equator\",\"body\":\"b\",\"handling\":\"GREEN\",\"releasableTo\":[\"%s\"],\"locations\":[{\"lat\":-0.0,\"lon\":%s},{\"lat\":0.0,\"lon\":%s}]}"
						.formatted(castella().code(), longitude, longitude));
			assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);

			JsonNode sites = submitted.json().path("sites");
			assertThat(sites).hasSize(1);
			assertThat(sites.get(0).path("reports").asInt()).isEqualTo(1);
		}

		@Test
		void aBatchLinksToStoredSitesExactlyWithinTheDistanceOfItsNearestPoint() {
			submit(SiteIntegrationTests.this.borvik, releasedTo(castella()), here().west(240));
			submit(SiteIntegrationTests.this.dunmore, releasedTo(castella()), here().east(200 + 260));
			StringBuilder lines = new StringBuilder();
			for (int meters = 0; meters <= 200; meters += 50) {
				lines.append(JSON.writeValueAsString(draft(releasedTo(castella()), List.of(here().east(meters)))))
					.append('\n');
			}
			Api.Response bulk = SiteIntegrationTests.this.arvalia.api().send("POST", "/api/v1/reports/bulk",
					BodyPublishers.ofString(lines.toString()), "application/x-ndjson", Map.of());
			assertThat(bulk.json().path("accepted").asInt()).as(bulk.toString()).isEqualTo(5);

			JsonNode sites = sitesIn(castella(), here().area());
			assertThat(sites.valueStream().map((site) -> site.path("reports").asInt()))
				.as("the batch with the report 240 m west; the one 260 m beyond the batch alone")
				.containsExactlyInAnyOrder(6, 1);
		}

	}

	@Nested
	class Areas {

		@Test
		void aBadBoxIsRefusedNamingTheParameter() {
			for (String bbox : List.of("1,2,3", "1,40,3,30", "a,b,c,d", "1,2,3,95", "")) {
				Api.Response refused = castella().api().get("/api/v1/sites?bbox=" + bbox);
				assertThat(refused.status()).as(bbox).isEqualTo(422);
				assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("bbox");
			}
			Api.Response latitudes = castella().api().get("/api/v1/sites?bbox=1,40,3,30");
			assertThat(latitudes.json().path("errors").get(0).path("message").asString()).contains("minLat");
		}

		@Test
		void pagesFollowOneAnotherWithoutOverlap() {
			for (int i = 0; i < 3; i++) {
				submit(SiteIntegrationTests.this.arvalia, releasedTo(castella()), here().east(500 * i));
			}
			Api.Response first = castella().api().get("/api/v1/sites?limit=2&bbox=" + here().area());
			assertThat(first.json().path("items")).hasSize(2);
			String next = first.json().path("next").asString();
			Api.Response second = castella().api().get("/api/v1/sites?limit=2&bbox=" + here().area() + "&cursor=" + next);
			assertThat(second.json().path("items")).hasSize(1);
			assertThat(second.json().path("next").isNull()).isTrue();
			assertThat(first.json().path("items").toString()).doesNotContain(second.json().path("items").get(0).path("id").asString());
			assertThat(castella().api().get("/api/v1/sites?cursor=nonsense&bbox=" + here().area()).status()).isEqualTo(422);
		}

		@Test
		void theOpenApiDocumentDescribesTheSites() {
			JsonNode paths = Api.on(SiteIntegrationTests.this.port).get("/api/v1/openapi.json").json().path("paths");
			assertThat(paths.has("/api/v1/sites")).isTrue();
			assertThat(paths.has("/api/v1/sites/{id}")).isTrue();
			assertThat(paths.path("/api/v1/sites").path("get").path("parameters").toString()).contains("bbox");
		}

	}

	Partner castella() {
		return this.castella;
	}

	Partner dunmore() {
		return this.dunmore;
	}

	Place here() {
		return this.here;
	}

	private static List<Map<String, Object>> releasedTo(Partner... recipients) {
		List<Map<String, Object>> releases = new ArrayList<>();
		for (Partner recipient : recipients) {
			releases.add(Map.of("member", recipient.code(), "detail", "full"));
		}
		return releases;
	}

	private static String submit(Partner originator, List<Map<String, Object>> releasableTo, Place... places) {
		Api.Response submitted = originator.api().post("/api/v1/reports", draft(releasableTo, List.of(places)));
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		return submitted.json().path("id").asString();
	}

	private static Map<String, Object> draft(List<Map<String, Object>> releasableTo, List<Place> places) {
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("title", "Sighting");
		draft.put("body", "Seen there.");
		draft.put("handling", "AMBER");
		draft.put("releasableTo", releasableTo);
		draft.put("locations", places.stream().map(Place::location).toList());
		return draft;
	}

	private static JsonNode read(Partner viewer, String report) {
		Api.Response read = viewer.api().get("/api/v1/reports/" + report);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		return read.json();
	}

	private static List<Map<String, Object>> sitesOfReport(Partner viewer, String report) {
		return read(viewer, report).path("sites").valueStream()
			.map((site) -> Map.<String, Object>of("id", site.path("id").asString(), "reports", site.path("reports").asInt(),
					"members", site.path("members").asInt()))
			.toList();
	}

	private static JsonNode sitesIn(Partner viewer, String bbox) {
		Api.Response sites = viewer.api().get("/api/v1/sites?bbox=" + bbox);
		assertThat(sites.status()).as(sites.toString()).isEqualTo(200);
		return sites.json().path("items");
	}

	/** To within about 0.1 mm: the centre stores the number it parsed, which may differ in the last digit. */
	private static void assertExtent(JsonNode site, double west, double south, double east, double north) {
		JsonNode extent = site.path("extent");
		assertThat(extent).as(site.toString()).hasSize(4);
		assertThat(extent.get(0).asDouble()).isCloseTo(west, within(1e-9));
		assertThat(extent.get(1).asDouble()).isCloseTo(south, within(1e-9));
		assertThat(extent.get(2).asDouble()).isCloseTo(east, within(1e-9));
		assertThat(extent.get(3).asDouble()).isCloseTo(north, within(1e-9));
	}

	private JsonNode onlySite(Partner viewer) {
		JsonNode sites = sitesIn(viewer, here().area());
		assertThat(sites).as(sites.toString()).hasSize(1);
		return sites.get(0);
	}

	/** A point to report, with its kind and observation time when given. */
	record Place(double latitude, double longitude, String kind, String observedAt) {

		/** Somewhere between 60°S and 60°N, away from the antimeridian. */
		static Place random() {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			return new Place(random.nextDouble(-60, 60), random.nextDouble(-170, 170), null, null);
		}

		Place east(double meters) {
			return moved(90, meters);
		}

		Place north(double meters) {
			return moved(0, meters);
		}

		Place west(double meters) {
			return moved(-90, meters);
		}

		/** The centre of the sanitisation grid's cell (1 km) that holds the place, as sanitised recipients see it. */
		Place gridCentre() {
			Coordinate centre = Sanitisation.sanitise(this.latitude, this.longitude, Sanitisation.DEFAULT_PRECISION_METERS);
			return new Place(centre.latitude(), centre.longitude(), this.kind, this.observedAt);
		}

		Place kind(String kind) {
			return new Place(this.latitude, this.longitude, kind, this.observedAt);
		}

		Place observed(String time) {
			return new Place(this.latitude, this.longitude, this.kind, time);
		}

		/** A box 0.1° around the place: about 11 km north to south. */
		String area() {
			return "%s,%s,%s,%s".formatted(this.longitude - 0.1, this.latitude - 0.1, this.longitude + 0.1,
					this.latitude + 0.1);
		}

		Map<String, Object> location() {
			Map<String, Object> location = new LinkedHashMap<>();
			location.put("lat", this.latitude);
			location.put("lon", this.longitude);
			if (this.kind != null) {
				location.put("kind", this.kind);
			}
			if (this.observedAt != null) {
				location.put("observedAt", this.observedAt);
			}
			return location;
		}

		private Place moved(double azimuth, double meters) {
			GeodesicData moved = Geodesic.WGS84.Direct(this.latitude, this.longitude, azimuth, meters);
			return new Place(moved.lat2, moved.lon2, null, null);
		}

	}

}
