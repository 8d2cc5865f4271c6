package org.entente.dissemination;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.faults.CentreProcess;
import org.entente.faults.StandalonePostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook delivery state lives in PostgreSQL: the centre killed with {@code kill -9} while it retries an event
 * delivers it after the restart, with the same {@code webhook-id}.
 */
class WebhookKillProcessTests {

	@Test
	void anEventBeingRetriedWhenTheCentreIsKilledIsDeliveredAfterTheRestart() throws Exception {
		String[] options = { CentreProcess.QUICK_START[0], CentreProcess.QUICK_START[1],
				"-Dentente.webhooks.allow-private=true", "-Dentente.webhooks.retry-base=500ms",
				"-Dentente.webhooks.poll-interval=100ms" };
		AtomicBoolean healthy = new AtomicBoolean(false);
		AtomicInteger successes = new AtomicInteger();
		try (StandalonePostgres postgres = StandalonePostgres.started("webhook-kill");
				WebhookReceiver receiver = new WebhookReceiver((n) -> {
					if (!healthy.get()) {
						return 500;
					}
					successes.incrementAndGet();
					return 200;
				})) {
			String webhookId;
			try (CentreProcess centre = CentreProcess.on(postgres, "webhook-kill", options).start()) {
				Exchange exchange = new Exchange(centre.port());
				Partner originator = exchange.partner("KA");
				Partner recipient = exchange.partner("KB");
				String admin = exchange.user(recipient.code(), recipient.code().toLowerCase() + ".admin", List.of("admin"));
				exchange.anonymous().as(exchange.token(admin)).post("/api/v1/webhooks", Map.of("url", receiver.url()));
				originator.api().post("/api/v1/reports", Map.of("title", "retried across a crash", "body", "b",
						"handling", "GREEN", "releasableTo", List.of(recipient.code())));
				WebhookReceiver.Received failed = receiver.next(30);
				assertThat(failed).as("a first, failing attempt").isNotNull();
				webhookId = failed.headers().get("webhook-id");
				centre.kill();
			}
			healthy.set(true);
			try (CentreProcess restarted = CentreProcess.on(postgres, "webhook-kill-restarted", options).start()) {
				long deadline = System.currentTimeMillis() + 90_000;
				while (successes.get() == 0 && System.currentTimeMillis() < deadline) {
					Thread.sleep(100);
				}
				assertThat(successes.get()).as("delivered after the restart").isEqualTo(1);
				WebhookReceiver.Received attempt;
				while ((attempt = receiver.next(1)) != null) {
					assertThat(attempt.headers().get("webhook-id")).as("every attempt is of the one event").isEqualTo(webhookId);
				}
			}
		}
	}

}
