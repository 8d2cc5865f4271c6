package org.entente.dissemination;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhooks: signed per Standard Webhooks, retried with backoff, dead letters, and only for the member's own events. */
@IntegrationTest
class WebhookIntegrationTests {

	@LocalServerPort
	int port;

	Exchange exchange;

	Partner originator;

	@BeforeEach
	void partners() {
		this.exchange = new Exchange(this.port);
		this.originator = this.exchange.partner("WA");
	}

	@Test
	void aRecipientsWebhookGetsASignedPostAgainAfterAnsweringFiveHundredAndAStrangerGetsNothing() throws Exception {
		Partner recipient = this.exchange.partner("WC");
		Partner stranger = this.exchange.partner("WD");
		try (WebhookReceiver receiver = new WebhookReceiver((n) -> (n == 1) ? 500 : 204);
				WebhookReceiver strangers = new WebhookReceiver((n) -> 204)) {
			String secret = register(recipient, receiver.url()).path("secret").asString();
			register(stranger, strangers.url());
			String id = this.originator.api().post("/api/v1/reports", Map.of("title", "for WC", "body", "b",
					"handling", "GREEN", "releasableTo", List.of(recipient.code()))).json().path("id").asString();

			WebhookReceiver.Received first = receiver.next(20);
			WebhookReceiver.Received retry = receiver.next(20);
			assertThat(first).isNotNull();
			assertThat(retry).as("retried after the 500").isNotNull();
			assertThat(retry.headers().get("webhook-id")).isEqualTo(first.headers().get("webhook-id"));
			assertThat(retry.body()).contains(id, "\"type\":\"delivery\"");
			assertThat(verifies(secret, retry)).as("Standard Webhooks signature").isTrue();
			assertThat(verifies("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), retry)).isFalse();
			assertThat(strangers.next(2)).as("nothing for a member the report was not released to").isNull();
		}
	}

	@Test
	void anEndpointThatKeepsFailingEndsInTheDeadLettersAndCanBeRedelivered() throws Exception {
		Partner recipient = this.exchange.partner("WE");
		boolean[] healthy = { false };
		try (WebhookReceiver receiver = new WebhookReceiver((n) -> healthy[0] ? 200 : 503)) {
			Api admin = admin(recipient);
			String webhook = register(recipient, receiver.url()).path("id").asString();
			this.originator.api().post("/api/v1/reports", Map.of("title", "doomed", "body", "b", "handling", "GREEN",
					"releasableTo", List.of("ALL")));
			JsonNode deadLetters = waitForDeadLetters(admin, webhook);
			assertThat(deadLetters.get(0).path("attempts").asInt()).isGreaterThan(1);
			assertThat(deadLetters.get(0).path("lastStatus").asInt()).isEqualTo(503);

			healthy[0] = true;
			int before = receiver.count();
			String delivery = deadLetters.get(0).path("id").asString();
			assertThat(admin.post("/api/v1/webhooks/" + webhook + "/dead-letters/" + delivery + "/redeliver", Map.of())
				.status()).isEqualTo(202);
			long deadline = System.currentTimeMillis() + 20_000;
			while (receiver.count() == before && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
			assertThat(receiver.count()).isGreaterThan(before);
			assertThat(admin.get("/api/v1/webhooks/" + webhook + "/dead-letters").json().path("items")).isEmpty();
		}
	}

	@Test
	void privateAndPlainTargetsAreRefusedNamingTheUrl() {
		Api admin = admin(this.originator);
		for (String url : List.of("ftp://example.org/x", "https://10.1.2.3/hook", "https://169.254.169.254/latest",
				"http://[::1]:8080/x#fragment", "not a url")) {
			Api.Response refused = admin.post("/api/v1/webhooks", Map.of("url", url));
			assertThat(refused.status()).as(url).isEqualTo(422);
			assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("url");
		}
		assertThat(this.originator.api().post("/api/v1/webhooks", Map.of("url", "https://example.org/")).status())
			.as("analysts do not manage webhooks").isEqualTo(403);
	}

	private JsonNode waitForDeadLetters(Api admin, String webhook) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			JsonNode items = admin.get("/api/v1/webhooks/" + webhook + "/dead-letters").json().path("items");
			if (!items.isEmpty()) {
				return items;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no dead letter within 30 s");
	}

	private JsonNode register(Partner member, String url) {
		Api.Response registered = admin(member).post("/api/v1/webhooks", Map.of("url", url));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		assertThat(registered.json().path("secret").asString()).startsWith("whsec_");
		return registered.json();
	}

	private Api admin(Partner member) {
		String username = this.exchange.user(member.code(), member.code().toLowerCase() + ".admin" + System.nanoTime(),
				List.of("admin"));
		return this.exchange.anonymous().as(this.exchange.token(username));
	}

	/** The Standard Webhooks check, written from the specification rather than from the sender's code. */
	private static boolean verifies(String secret, WebhookReceiver.Received received) throws Exception {
		byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		String signed = received.headers().get("webhook-id") + "." + received.headers().get("webhook-timestamp") + "."
				+ received.body();
		String expected = Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		for (String signature : received.headers().get("webhook-signature").split(" ")) {
			if (signature.equals("v1," + expected)) {
				return true;
			}
		}
		return false;
	}

}
