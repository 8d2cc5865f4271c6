package org.entente.dissemination;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The live stream: what is released to a member reaches its stream client, in ledger order, resumably. */
@IntegrationTest
class StreamIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	Exchange exchange;

	Partner originator;

	Partner recipient;

	Partner stranger;

	@BeforeEach
	void partners() {
		this.exchange = new Exchange(this.port);
		this.originator = this.exchange.partner("SA");
		this.recipient = this.exchange.partner("SB");
		this.stranger = this.exchange.partner("SD");
	}

	@Test
	void aReleasedReportReachesTheRecipientsStreamAndNotAStrangers() throws Exception {
		try (StreamClient recipientStream = StreamClient.connect(this.port, token(this.recipient), null);
				StreamClient strangerStream = StreamClient.connect(this.port, token(this.stranger), null)) {
			String id = submit("for SB only", List.of(this.recipient.code()));
			StreamClient.Event delivery = nextNamed(recipientStream, "delivery");
			assertThat(delivery.data()).contains(id, "\"detail\":\"full\"");
			assertThat(Long.parseLong(delivery.id())).isNotNegative();

			String later = submit("for SD too", List.of(this.stranger.code()));
			StreamClient.Event first = nextNamed(strangerStream, "delivery");
			assertThat(first.data()).as("the stranger's first event is the one released to it").contains(later);
		}
	}

	@Test
	void updatesAndWithdrawalsFollowTheDelivery() throws Exception {
		try (StreamClient stream = StreamClient.connect(this.port, token(this.recipient), null)) {
			String id = submit("to be withdrawn", List.of(this.recipient.code()));
			this.originator.api().patch("/api/v1/reports/" + id, Map.of("title", "amended"));
			this.originator.api().post("/api/v1/reports/" + id + "/withdraw", Map.of());
			assertThat(nextNamed(stream, "delivery").data()).contains(id);
			assertThat(nextNamed(stream, "update").data()).contains(id, "\"version\":2");
			assertThat(nextNamed(stream, "withdrawal").data()).contains(id, "\"purge\":true");
		}
	}

	@Test
	void theOriginatorHearsOfAcknowledgements() throws Exception {
		try (StreamClient stream = StreamClient.connect(this.port, token(this.originator), null)) {
			String id = submit("please acknowledge", List.of(this.recipient.code()));
			this.recipient.api().post("/api/v1/inbox/" + id + "/ack", Map.of());
			StreamClient.Event acknowledgement = nextNamed(stream, "acknowledgement");
			assertThat(acknowledgement.data()).contains(id, this.recipient.code());
		}
	}

	@Test
	void theOriginatorHearsOfARecipientsOutcome() throws Exception {
		try (StreamClient stream = StreamClient.connect(this.port, token(this.originator), null)) {
			String id = submit("tell us what came of it", List.of(this.recipient.code()));
			this.recipient.api().post("/api/v1/outcomes", Map.of("report", id, "effect", "confirmed"));
			StreamClient.Event outcome = nextNamed(stream, "outcome");
			assertThat(outcome.data()).contains(id, this.recipient.code(), "\"effect\":\"confirmed\"");
		}
	}

	@Test
	void reconnectingWithLastEventIdYieldsExactlyTheMissedEventsInOrder() throws Exception {
		String token = token(this.recipient);
		String lastSeen;
		try (StreamClient stream = StreamClient.connect(this.port, token, null)) {
			submit("before the gap", List.of(this.recipient.code()));
			lastSeen = nextNamed(stream, "delivery").id();
		}
		List<String> missed = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			missed.add(submit("missed " + i, List.of(this.recipient.code())));
		}
		try (StreamClient resumed = StreamClient.connect(this.port, token, lastSeen)) {
			List<String> received = new ArrayList<>();
			long previous = Long.parseLong(lastSeen);
			for (int i = 0; i < 100; i++) {
				StreamClient.Event event = nextNamed(resumed, "delivery");
				assertThat(Long.parseLong(event.id())).as("ledger order").isGreaterThan(previous);
				previous = Long.parseLong(event.id());
				received.add(event.data().substring(event.data().indexOf("\"report\":\"") + 10,
						event.data().indexOf("\"report\":\"") + 46));
			}
			assertThat(received).containsExactlyElementsOf(missed);
			String extra = submit("after the resume", List.of(this.recipient.code()));
			assertThat(nextNamed(resumed, "delivery").data()).as("no duplicate, then live").contains(extra);
		}
	}

	private StreamClient.Event nextNamed(StreamClient stream, String name) throws InterruptedException {
		StreamClient.Event event = stream.next(WAIT);
		assertThat(event).as("an event within " + WAIT).isNotNull();
		assertThat(event.name()).as(event.toString()).isEqualTo(name);
		return event;
	}

	private String submit(String title, List<String> releasableTo) {
		return this.originator.api()
			.post("/api/v1/reports", Map.of("title", title, "body", "b", "handling", "GREEN", "releasableTo", releasableTo))
			.json().path("id").asString();
	}

	private String token(Partner partner) {
		return this.exchange.token(partner.analyst());
	}

}
