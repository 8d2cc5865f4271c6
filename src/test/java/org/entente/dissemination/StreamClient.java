package org.entente.dissemination;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Server-Sent Events client as a member's machine would run one: it reads the stream on its own thread and
 * parses events per the WHATWG EventSource rules (id, event, data lines; a blank line ends an event).
 */
final class StreamClient implements AutoCloseable {

	record Event(String id, String name, String data) {
	}

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final InputStream body;

	private final Thread reader;

	/** Small stacks, as a test may run a thousand of these readers; readLine needs little. */
	private static final long STACK_BYTES = 256 * 1024;

	private StreamClient(InputStream body) {
		this.body = body;
		this.reader = new Thread(null, this::read, "sse-test-client", STACK_BYTES);
		this.reader.setDaemon(true);
		this.reader.start();
	}

	static StreamClient connect(int port, String token, String lastEventId) throws IOException, InterruptedException {
		return connect(HttpClient.newHttpClient(), port, token, lastEventId);
	}

	/** Connects through a client shared by many streams, as one HttpClient each costs a selector thread. */
	static StreamClient connect(HttpClient client, int port, String token, String lastEventId)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/stream"))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("stream answered " + response.statusCode());
		}
		return new StreamClient(response.body());
	}

	/** The next event, or null when none arrives in time. */
	Event next(Duration timeout) throws InterruptedException {
		return this.events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(this.body, StandardCharsets.UTF_8))) {
			String id = null;
			String name = null;
			StringBuilder data = new StringBuilder();
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isEmpty()) {
					if (data.length() > 0 || name != null) {
						this.events.add(new Event(id, (name != null) ? name : "message", data.toString()));
					}
					name = null;
					data.setLength(0);
				}
				else if (line.startsWith("id:")) {
					id = line.substring(3).trim();
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).trim();
				}
				else if (line.startsWith("data:")) {
					data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).stripLeading());
				}
			}
		}
		catch (IOException closed) {
			// the test closed the stream
		}
	}

	@Override
	public void close() throws IOException {
		this.body.close();
	}

}
