package org.entente.dissemination;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Subscriptions raise notifications for matching deliveries, only of what the member may see. */
@IntegrationTest
class SubscriptionIntegrationTests {

	/** Around Baghdad, as RFC 7946 writes a box: minLon, minLat, maxLon, maxLat. */
	private static final List<Double> BAGHDAD = List.of(44.0, 33.0, 44.8, 33.6);

	@LocalServerPort
	int port;

	Exchange exchange;

	Partner originator;

	Partner recipient;

	@BeforeEach
	void partners() {
		this.exchange = new Exchange(this.port);
		this.originator = this.exchange.partner("UA");
		this.recipient = this.exchange.partner("UB");
	}

	@Test
	void aMatchingDeliveryRaisesANotificationOnTheListAndTheStream() throws Exception {
		subscribe(this.recipient, Map.of("name", "convoys near Baghdad", "bbox", BAGHDAD, "keywords", List.of("convoy")));
		try (StreamClient stream = StreamClient.connect(this.port, this.exchange.token(this.recipient.analyst()), null)) {
			String id = submit("Convoy at the bridge", "33.3152 N 44.3661 E", List.of(this.recipient.code()));
			JsonNode notification = awaitNotification(this.recipient);
			assertThat(notification.path("report").asString()).isEqualTo(id);
			List<String> names = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				StreamClient.Event event = stream.next(Duration.ofSeconds(20));
				assertThat(event).isNotNull();
				names.add(event.name());
			}
			assertThat(names).containsExactly("delivery", "notification");
			Api.Response read = this.recipient.api().post("/api/v1/notifications/" + notification.path("id").asString() + "/read", Map.of());
			assertThat(read.status()).isEqualTo(204);
			assertThat(this.recipient.api().get("/api/v1/notifications?unread=true").json().path("items")).isEmpty();
		}
	}

	@Test
	void aDeliveryOutsideTheFilterRaisesNothing() throws Exception {
		subscribe(this.recipient, Map.of("name", "Baghdad only", "bbox", BAGHDAD));
		submit("Far away", "48.8584 N 2.2945 E", List.of(this.recipient.code()));
		String matching = submit("Near", "33.3 N 44.4 E", List.of(this.recipient.code()));
		JsonNode notification = awaitNotification(this.recipient);
		assertThat(notification.path("report").asString()).as("only the one inside the box").isEqualTo(matching);
		assertThat(this.recipient.api().get("/api/v1/notifications").json().path("items")).hasSize(1);
	}

	@Test
	void aReportNotReleasedToTheMemberNeverNotifiesIt() throws Exception {
		Partner stranger = this.exchange.partner("UC");
		subscribe(stranger, Map.of("name", "everything"));
		subscribe(this.recipient, Map.of("name", "everything"));
		submit("Secret", "33.3 N 44.4 E", List.of(this.recipient.code()));
		awaitNotification(this.recipient);
		assertThat(stranger.api().get("/api/v1/notifications").json().path("items")).isEmpty();
	}

	@Test
	void aSanitizedRecipientIsNotMatchedOnGradingItDoesNotSee() throws Exception {
		subscribe(this.recipient, Map.of("name", "reliable only", "minimumReliability", "B"));
		this.originator.api().post("/api/v1/reports", Map.of("title", "graded", "body", "b", "handling", "GREEN",
				"sourceReliability", "A", "credibility", 1,
				"releasableTo", List.of(Map.of("member", this.recipient.code(), "detail", "sanitized"))));
		String full = submit("graded, full", "33.3 N 44.4 E", List.of(this.recipient.code()));
		JsonNode notification = awaitNotification(this.recipient);
		assertThat(notification.path("report").asString()).isEqualTo(full);
		assertThat(this.recipient.api().get("/api/v1/notifications").json().path("items")).hasSize(1);
	}

	@Test
	void invalidAreasAreRefusedWithTheReason() {
		List<List<Double>> bowtie = List.of(List.of(0.0, 0.0), List.of(1.0, 1.0), List.of(1.0, 0.0), List.of(0.0, 1.0),
				List.of(0.0, 0.0));
		List<List<Double>> open = List.of(List.of(0.0, 0.0), List.of(1.0, 0.0), List.of(1.0, 1.0), List.of(0.0, 1.0));
		List<List<Double>> outOfRange = List.of(List.of(0.0, 0.0), List.of(1.0, 95.0), List.of(1.0, 0.0), List.of(0.0, 0.0));
		List<List<Double>> huge = new ArrayList<>();
		for (int i = 0; i < 10_001; i++) {
			double angle = 2 * Math.PI * i / 10_001;
			huge.add(List.of(Math.cos(angle), Math.sin(angle)));
		}
		huge.add(huge.get(0));
		for (List<List<Double>> ring : List.of(bowtie, open, outOfRange, huge)) {
			Api.Response refused = this.recipient.api().post("/api/v1/subscriptions", Map.of("name", "bad",
					"polygon", Map.of("type", "Polygon", "coordinates", List.of(ring))));
			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("polygon");
		}
		Api.Response box = this.recipient.api().post("/api/v1/subscriptions", Map.of("name", "bad", "bbox", List.of(0, 10, 1, 5)));
		assertThat(box.status()).isEqualTo(422);
		assertThat(box.json().path("errors").get(0).path("field").asString()).isEqualTo("bbox");
	}

	@Test
	void aPolygonAreaMatchesInsideAndNotInItsHole() throws Exception {
		List<List<Double>> outer = List.of(List.of(44.0, 33.0), List.of(45.0, 33.0), List.of(45.0, 34.0),
				List.of(44.0, 34.0), List.of(44.0, 33.0));
		List<List<Double>> hole = List.of(List.of(44.4, 33.4), List.of(44.6, 33.4), List.of(44.6, 33.6),
				List.of(44.4, 33.6), List.of(44.4, 33.4));
		subscribe(this.recipient, Map.of("name", "ring", "polygon", Map.of("type", "Polygon", "coordinates", List.of(outer, hole))));
		submit("In the hole", "33.5 N 44.5 E", List.of(this.recipient.code()));
		String inside = submit("In the ring", "33.1 N 44.1 E", List.of(this.recipient.code()));
		assertThat(awaitNotification(this.recipient).path("report").asString()).isEqualTo(inside);
	}

	private void subscribe(Partner partner, Map<String, Object> subscription) {
		Api.Response created = partner.api().post("/api/v1/subscriptions", subscription);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private String submit(String title, String coordinates, List<String> releasableTo) {
		return this.originator.api().post("/api/v1/reports", Map.of("title", title, "body", "b", "handling", "GREEN",
				"sourceReliability", "A", "credibility", 2, "releasableTo", releasableTo,
				"locations", List.of(Map.of("coordinates", coordinates)))).json().path("id").asString();
	}

	private JsonNode awaitNotification(Partner partner) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < deadline) {
			JsonNode items = partner.api().get("/api/v1/notifications?unread=true").json().path("items");
			if (!items.isEmpty()) {
				return items.get(items.size() - 1);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no notification within 20 s");
	}

}
