package org.entente.platform;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors answered outside the controllers' advice are problem+json too: Tomcat's refusals before the application
 * (a URI, a request line or headers it will not read) and the error page's (a query string it cannot decode, a
 * URL the security firewall refuses).
 */
@IntegrationTest
class ErrorProblemsIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	String token;

	@BeforeEach
	void analyst() {
		Exchange exchange = new Exchange(this.port);
		this.token = exchange.token(exchange.partner("EP").analyst());
		this.api = exchange.anonymous().as(this.token);
	}

	@Test
	void aQueryParameterThatIsNotPercentEncodedUtf8IsNamed() {
		Api.Response refused = this.api.get("/api/v1/reports?category=ok&q=%ff&originator=%C3%28");
		assertProblem(refused, 400);
		assertThat(fields(refused)).containsExactly("q", "originator");
	}

	@Test
	void aMalformedPercentEscapeIsNamed() throws IOException {
		// No URI holds %zz, so no HTTP client sends it: over a socket.
		Api.Response refused = rawGet("/api/v1/locations?q=100%25&bbox=%zz");
		assertProblem(refused, 400);
		assertThat(fields(refused)).containsExactly("bbox");
	}

	@Test
	void aUriTomcatRefusesIsAProblem() {
		assertProblem(this.api.get("/api/v1/sites/%00"), 400);
	}

	@Test
	void aUrlTheFirewallRefusesIsAProblem() {
		Api.Response refused = this.api.get("/api/v1/reports;x=1");
		assertProblem(refused, 400);
		assertThat(refused.json().path("instance").asString()).isEqualTo("/api/v1/reports;x=1");
	}

	@Test
	void headersOverTheLimitAreAProblem() {
		Api.Response refused = this.api.send("GET", "/api/v1/reports",
				java.net.http.HttpRequest.BodyPublishers.noBody(), null, Map.of("X-Padding", "a".repeat(70 * 1024)));
		assertProblem(refused, 400);
	}

	@Test
	void aSearchUrlOfAThousandVerticesIsRead() {
		List<List<Double>> ring = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			double angle = 2 * Math.PI * i / 1000;
			ring.add(List.of(10 + 0.5 * Math.cos(angle), 20 + 0.5 * Math.sin(angle)));
		}
		ring.add(ring.get(0));
		String polygon = JsonMapper.builder().build()
			.writeValueAsString(Map.of("type", "Polygon", "coordinates", List.of(ring)));
		String path = "/api/v1/reports?polygon=" + java.net.URLEncoder.encode(polygon, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(path.length()).as("longer than Tomcat's default 8 KB").isGreaterThan(16 * 1024);
		Api.Response found = this.api.get(path);
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFound() {
		assertProblem(this.api.get("/error"), 404);
	}

	private Api.Response rawGet(String target) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			// HTTP/1.0: the answer ends with the connection, never chunked.
			String request = "GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + this.token
					+ "\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(answer.substring(9, 12));
			Matcher contentType = Pattern.compile("(?im)^content-type:\\s*([^\\r\\n]+)").matcher(answer);
			String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
			return new Api.Response(status, contentType.find() ? contentType.group(1) : "", body);
		}
	}

	private static void assertProblem(Api.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(status);
		assertThat(response.json().path("title").asString()).isNotBlank();
	}

	private static List<String> fields(Api.Response response) {
		return response.json().path("errors").valueStream().map((error) -> error.path("field").asString()).toList();
	}

}
