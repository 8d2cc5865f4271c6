package org.entente.dissemination;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.faults.CentreProcess;
import org.entente.faults.StandalonePostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory (issue 6): the centre under {@code -Xmx512m} serves 1,000 SSE clients at once, each receiving every one
 * of 100 reports released to ALL, is healthy after it, and ends every stream's thread cleanly once its client
 * has gone. Slow (a minute or two) and a thousand threads on each side, so opt-in, after {@code ./mvnw package}:
 * {@code ./mvnw -B failsafe:integration-test@processes failsafe:verify@processes -Dentente.faults.streams=true -Dit.test=StreamMemoryProcessTests}
 * ({@code verify -Dit.test=…} would run it in both failsafe executions).
 */
class StreamMemoryProcessTests {

	private static final Logger log = LoggerFactory.getLogger(StreamMemoryProcessTests.class);

	private static final int CLIENTS = Integer.getInteger("entente.faults.streams-clients", 1000);

	private static final int REPORTS = 100;

	private static final int RECIPIENTS = 4;

	@Test
	void aThousandStreamsUnder512MegabytesOfHeapEachReceiveEveryReport() throws Exception {
		Assumptions.assumeTrue(Boolean.getBoolean("entente.faults.streams"),
				"opt-in: 1,000 SSE clients against a centre with -Xmx512m; run with -Dentente.faults.streams=true");
		try (StandalonePostgres postgres = StandalonePostgres.started("streams");
				CentreProcess centre = CentreProcess.on(postgres, "streams", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
						"-Dentente.stream.heartbeat=2s")
					.start()) {
			Exchange exchange = new Exchange(centre.port());
			Partner originator = exchange.partner("SO");
			List<String> tokens = recipientTokens(exchange);
			String heapBefore = heap(centre.pid());
			List<StreamClient> clients = connect(centre.port(), tokens);
			try {
				String heapConnected = heap(centre.pid());
				Set<String> submitted = submit(originator);
				assertEveryClientReceives(clients, submitted);
				log.info("{} streams under -Xmx512m; live heap (after a full GC) before: {}; connected: {}; after {} "
						+ "reports: {}", CLIENTS, heapBefore, heapConnected, REPORTS, heap(centre.pid()));
				assertThat(centre.alive()).as("alive; see " + centre.log()).isTrue();
				assertThat(exchange.anonymous().get("/actuator/health").status()).isEqualTo(200);
			}
			finally {
				for (StreamClient client : clients) {
					client.close();
				}
			}
			assertStreamsEndCleanly(centre);
		}
	}

	/**
	 * The centre forgets every stream once its client has gone (at the second write after, as the first still
	 * succeeds: the second heartbeat at the latest, 2 s apart here), and no stream's end is logged as an error.
	 */
	private static void assertStreamsEndCleanly(CentreProcess centre) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
		long streams = subscribers(centre.pid());
		while (streams > 0 && System.nanoTime() < deadline) {
			Thread.sleep(1000);
			streams = subscribers(centre.pid());
		}
		assertThat(streams).as("streams the centre still held after their clients went; see " + centre.log()).isZero();
		String log = Files.readString(centre.log());
		assertThat(log).as(centre.log().toString()).doesNotContain("Access Denied").doesNotContain("NullPointerException");
	}

	/** Live stream clients in the centre, by {@code jcmd GC.class_histogram} (which collects first). */
	private static long subscribers(long pid) throws IOException, InterruptedException {
		return jcmd(pid, "GC.class_histogram").lines()
			.map((line) -> line.trim().split("\\s+"))
			.filter((fields) -> fields.length == 4 && fields[3].equals("org.entente.dissemination.internal.Subscriber"))
			.mapToLong((fields) -> Long.parseLong(fields[1]))
			.sum();
	}

	/** Tokens of analysts of several members, so that the streams are spread as a real exchange's would be. */
	private static List<String> recipientTokens(Exchange exchange) {
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < RECIPIENTS; i++) {
			tokens.add(exchange.token(exchange.partner("SR").analyst()));
		}
		return tokens;
	}

	private static List<StreamClient> connect(int port, List<String> tokens) throws IOException, InterruptedException {
		HttpClient shared = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<StreamClient> clients = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < CLIENTS; i++) {
			clients.add(StreamClient.connect(shared, port, tokens.get(i % tokens.size()), null));
		}
		log.info("{} streams open in {} ms", CLIENTS, (System.nanoTime() - start) / 1_000_000);
		return clients;
	}

	private static Set<String> submit(Partner originator) {
		Set<String> submitted = new HashSet<>();
		for (int i = 0; i < REPORTS; i++) {
			var response = originator.api()
				.post("/api/v1/reports", Map.of("title", "to every stream " + i, "body", "b", "handling", "GREEN",
						"releasableTo", List.of("ALL")));
			assertThat(response.status()).as(response.toString()).isEqualTo(201);
			submitted.add(response.json().path("id").asString());
		}
		return submitted;
	}

	private static void assertEveryClientReceives(List<StreamClient> clients, Set<String> submitted)
			throws InterruptedException {
		for (int c = 0; c < clients.size(); c++) {
			Set<String> received = new HashSet<>();
			for (int i = 0; i < submitted.size(); i++) {
				StreamClient.Event event = clients.get(c).next(Duration.ofSeconds(60));
				assertThat(event).as("event " + i + " of client " + c).isNotNull();
				assertThat(event.name()).as(event.toString()).isEqualTo("delivery");
				received.add(reportOf(event.data()));
			}
			assertThat(received).as("client " + c).isEqualTo(submitted);
		}
	}

	private static String reportOf(String data) {
		int start = data.indexOf("\"report\":\"") + "\"report\":\"".length();
		return data.substring(start, data.indexOf('"', start));
	}

	/** The live heap after a full collection, as {@code jcmd GC.heap_info} reports it. */
	private static String heap(long pid) throws IOException, InterruptedException {
		jcmd(pid, "GC.run");
		String info = jcmd(pid, "GC.heap_info");
		return info.lines().filter((line) -> line.contains("used")).findFirst().orElse(info).strip();
	}

	private static String jcmd(long pid, String command) throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(1, TimeUnit.MINUTES);
		return output;
	}

}
