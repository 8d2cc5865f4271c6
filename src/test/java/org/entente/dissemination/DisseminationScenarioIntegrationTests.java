package org.entente.dissemination;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's scenario end to end: A releases a report to B and C; B's stream client receives it; C's webhook
 * receives it again after answering 500 once; D receives nothing on either channel. And receivers that hang,
 * reset the connection or send gigabytes never hold up another member's deliveries.
 */
@IntegrationTest
class DisseminationScenarioIntegrationTests {

	@LocalServerPort
	int port;

	Exchange exchange;

	@BeforeEach
	void exchange() {
		this.exchange = new Exchange(this.port);
	}

	@Test
	void aReleaseReachesBsStreamAndCsWebhookAndNothingReachesD() throws Exception {
		Partner a = this.exchange.partner("XA");
		Partner b = this.exchange.partner("XB");
		Partner c = this.exchange.partner("XC");
		Partner d = this.exchange.partner("XD");
		try (WebhookReceiver cReceiver = new WebhookReceiver((n) -> (n == 1) ? 500 : 200);
				WebhookReceiver dReceiver = new WebhookReceiver((n) -> 200);
				StreamClient bStream = StreamClient.connect(this.port, this.exchange.token(b.analyst()), null);
				StreamClient dStream = StreamClient.connect(this.port, this.exchange.token(d.analyst()), null)) {
			registerWebhook(c, cReceiver.url());
			registerWebhook(d, dReceiver.url());
			String id = a.api().post("/api/v1/reports", Map.of("title", "for B and C", "body", "b", "handling", "AMBER",
					"releasableTo", List.of(b.code(), c.code()))).json().path("id").asString();

			StreamClient.Event delivery = bStream.next(Duration.ofSeconds(20));
			assertThat(delivery).isNotNull();
			assertThat(delivery.name()).isEqualTo("delivery");
			assertThat(delivery.data()).contains(id);
			WebhookReceiver.Received first = cReceiver.next(20);
			WebhookReceiver.Received second = cReceiver.next(20);
			assertThat(first).isNotNull();
			assertThat(second).as("delivered again after the 500").isNotNull();
			assertThat(second.body()).contains(id);
			assertThat(second.headers().get("webhook-signature")).startsWith("v1,");

			assertThat(dStream.next(Duration.ofSeconds(2))).as("nothing on D's stream").isNull();
			assertThat(dReceiver.next(1)).as("nothing at D's webhook").isNull();
		}
	}

	@Test
	void hangingResettingAndFloodingReceiversDoNotHoldUpOtherMembers() throws Exception {
		Partner originator = this.exchange.partner("YA");
		Partner unlucky = this.exchange.partner("YB");
		Partner lucky = this.exchange.partner("YC");
		try (BadReceiver hanging = new BadReceiver(BadReceiver.Behaviour.HANG);
				BadReceiver resetting = new BadReceiver(BadReceiver.Behaviour.RESET);
				BadReceiver flooding = new BadReceiver(BadReceiver.Behaviour.FLOOD);
				WebhookReceiver good = new WebhookReceiver((n) -> 200)) {
			registerWebhook(unlucky, hanging.url());
			registerWebhook(unlucky, resetting.url());
			registerWebhook(unlucky, flooding.url());
			registerWebhook(lucky, good.url());
			for (int i = 0; i < 5; i++) {
				originator.api().post("/api/v1/reports", Map.of("title", "to both " + i, "body", "b", "handling", "GREEN",
						"releasableTo", List.of(unlucky.code(), lucky.code())));
			}
			for (int i = 0; i < 5; i++) {
				assertThat(good.next(20)).as("delivery " + i + " to the member with a healthy receiver").isNotNull();
			}
			assertThat(hanging.connections() + resetting.connections() + flooding.connections()).isPositive();
		}
	}

	private void registerWebhook(Partner member, String url) {
		String admin = this.exchange.user(member.code(), member.code().toLowerCase() + ".hooks" + System.nanoTime(),
				List.of("admin"));
		Api.Response registered = this.exchange.anonymous().as(this.exchange.token(admin))
			.post("/api/v1/webhooks", Map.of("url", url));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
	}

	/** A receiver misbehaving at the socket level: never answering, resetting, or answering with gigabytes. */
	static final class BadReceiver implements AutoCloseable {

		enum Behaviour {

			HANG, RESET, FLOOD

		}

		private final ServerSocket server;

		private final Thread acceptor;

		private volatile int connections;

		BadReceiver(Behaviour behaviour) throws IOException {
			this.server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
			this.acceptor = new Thread(() -> accept(behaviour), "bad-receiver");
			this.acceptor.setDaemon(true);
			this.acceptor.start();
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getLocalPort() + "/hook";
		}

		int connections() {
			return this.connections;
		}

		private void accept(Behaviour behaviour) {
			while (!this.server.isClosed()) {
				try {
					Socket socket = this.server.accept();
					this.connections++;
					Thread handler = new Thread(() -> misbehave(socket, behaviour));
					handler.setDaemon(true);
					handler.start();
				}
				catch (IOException closed) {
					return;
				}
			}
		}

		private static void misbehave(Socket socket, Behaviour behaviour) {
			try (socket) {
				switch (behaviour) {
					case HANG -> Thread.sleep(60_000);
					case RESET -> socket.setSoLinger(true, 0);
					case FLOOD -> flood(socket.getOutputStream());
				}
			}
			catch (IOException | InterruptedException ended) {
				// the centre hung up, as it should
			}
		}

		/** Announces 3 GB and sends as much as the centre will read. */
		private static void flood(OutputStream output) throws IOException {
			output.write(("HTTP/1.1 200 OK\r\nContent-Length: 3221225472\r\nContent-Type: text/plain\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = new byte[64 * 1024];
			for (long sent = 0; sent < 3_221_225_472L; sent += chunk.length) {
				output.write(chunk);
			}
		}

		@Override
		public void close() throws IOException {
			this.server.close();
		}

	}

}
