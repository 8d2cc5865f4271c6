package org.entente;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client of the API, as a member's machine would use it: real requests to the running centre.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final URI base;

	private final String token;

	private Api(URI base, String token) {
		this.base = base;
		this.token = token;
	}

	public static Api on(int port) {
		return new Api(URI.create("http://127.0.0.1:" + port), null);
	}

	/** The same client, sending this bearer token. */
	public Api as(String token) {
		return new Api(this.base, token);
	}

	public Response get(String path) {
		return send("GET", path, BodyPublishers.noBody(), null, Map.of());
	}

	public Response post(String path, Object body) {
		return send("POST", path, json(body), "application/json", Map.of());
	}

	public Response post(String path, Object body, Map<String, String> headers) {
		return send("POST", path, json(body), "application/json", headers);
	}

	public Response patch(String path, Object body) {
		return send("PATCH", path, json(body), "application/merge-patch+json", Map.of());
	}

	public Response delete(String path) {
		return send("DELETE", path, BodyPublishers.noBody(), null, Map.of());
	}

	/** Sends a body exactly as given, e.g. malformed JSON or NDJSON. */
	public Response send(String method, String path, BodyPublisher body, String contentType,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofMinutes(5))
			.method(method, body);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException exception) {
			throw new IllegalStateException(method + " " + path + " failed: " + exception, exception);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(exception);
		}
	}

	private static BodyPublisher json(Object body) {
		String text = (body instanceof String string) ? string : JSON.writeValueAsString(body);
		return BodyPublishers.ofString(text);
	}

	/** An answer: its status, content type and body (parsed as JSON on demand). */
	public record Response(int status, String contentType, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		@Override
		public String toString() {
			return this.status + " " + this.contentType + " " + this.body;
		}

	}

}
