package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * The application's API over real HTTP/1.1 and a pool of kept-alive connections, as a member's machine would
 * call it.
 */
final class Api {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final URI base;

	Api(int port) {
		this.base = URI.create("http://127.0.0.1:" + port);
	}

	Response get(String path, String token) {
		return send(request(path, token).GET().build());
	}

	Response delete(String path, String token) {
		return send(request(path, token).DELETE().build());
	}

	Response postJson(String path, String token, String json) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json))
			.build());
	}

	Response postNdjson(String path, String token, String idempotencyKey, byte[] lines) {
		return send(request(path, token).header("Content-Type", "application/x-ndjson")
			.header("Idempotency-Key", idempotencyKey)
			.timeout(Duration.ofMinutes(30))
			.POST(BodyPublishers.ofByteArray(lines))
			.build());
	}

	boolean healthy() {
		try {
			return this.client.send(request("/actuator/health", null).GET().build(), BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException exception) {
			return false;
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.base.resolve(path)).timeout(Duration.ofMinutes(2));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder.header("Accept", "application/json");
	}

	private Response send(HttpRequest request) {
		try {
			var response = this.client.send(request, BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", exception);
		}
	}

	record Response(int status, String body) {

		boolean successful() {
			return this.status >= 200 && this.status < 300;
		}

		Response expect(int expected) {
			if (this.status != expected) {
				throw new IllegalStateException("expected " + expected + " but got " + this.status + ": " + this.body);
			}
			return this;
		}

	}

}
