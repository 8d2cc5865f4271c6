package org.entente.dissemination;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.faults.CentreProcess;
import org.entente.faults.StandalonePostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app processes over one PostgreSQL, as behind a load balancer: a report submitted on one node reaches a
 * stream client attached to the other, and each webhook event is sent by exactly one of them.
 */
class TwoNodesProcessTests {

	@Test
	void aSubmissionOnOneNodeReachesTheOthersStreamAndEachWebhookEventIsSentOnce() throws Exception {
		String[] options = { CentreProcess.QUICK_START[0], CentreProcess.QUICK_START[1],
				"-Dentente.webhooks.allow-private=true", "-Dentente.webhooks.poll-interval=100ms" };
		try (StandalonePostgres postgres = StandalonePostgres.started("two-nodes");
				CentreProcess first = CentreProcess.on(postgres, "node-1", options).start();
				CentreProcess second = CentreProcess.on(postgres, "node-2", options).start();
				WebhookReceiver receiver = new WebhookReceiver((n) -> 204)) {
			Exchange onFirst = new Exchange(first.port());
			Exchange onSecond = new Exchange(second.port());
			Partner originator = onFirst.partner("NA");
			Partner recipient = onFirst.partner("NB");
			String admin = onFirst.user(recipient.code(), recipient.code().toLowerCase() + ".admin", List.of("admin"));
			onSecond.anonymous().as(onSecond.token(admin)).post("/api/v1/webhooks", Map.of("url", receiver.url()));

			try (StreamClient stream = StreamClient.connect(second.port(), onSecond.token(recipient.analyst()), null)) {
				Set<String> submitted = new HashSet<>();
				for (int i = 0; i < 20; i++) {
					submitted.add(originator.api().post("/api/v1/reports", Map.of("title", "across nodes " + i, "body", "b",
							"handling", "GREEN", "releasableTo", List.of(recipient.code()))).json().path("id").asString());
				}
				for (int i = 0; i < 20; i++) {
					StreamClient.Event event = stream.next(Duration.ofSeconds(30));
					assertThat(event).as("event " + i + " on the other node's stream").isNotNull();
					assertThat(event.name()).isEqualTo("delivery");
				}
				Set<String> webhookIds = new HashSet<>();
				for (int i = 0; i < 20; i++) {
					WebhookReceiver.Received received = receiver.next(30);
					assertThat(received).as("webhook POST " + i).isNotNull();
					webhookIds.add(received.headers().get("webhook-id"));
				}
				assertThat(receiver.next(3)).as("no event is sent twice").isNull();
				assertThat(webhookIds).hasSize(20);
				assertThat(submitted).hasSize(20);
			}
		}
	}

}
