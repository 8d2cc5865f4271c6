package org.entente.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** People sign in with a form, a session and a CSRF token, and see what their member may see. */
@IntegrationTest
class SignInIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void anAnalystSignsInAndSeesReportsReleasedToItsMember() throws Exception {
		Exchange exchange = new Exchange(this.port);
		Partner originator = exchange.partner("WA");
		Partner reader = exchange.partner("WB");
		originator.api().post("/api/v1/reports", Map.of("title", "Visible to WB", "body", "b", "handling", "GREEN",
				"releasableTo", List.of(reader.code())));
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> signIn = signIn(browser, reader.analyst(), "correct horse battery staple");
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		HttpResponse<String> home = browser.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Visible to WB", reader.analyst());
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		Partner partner = new Exchange(this.port).partner("WC");
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> signIn = signIn(browser, partner.analyst(), "wrong password!");
		assertThat(signIn.headers().firstValue("Location").orElse("")).contains("error");
		HttpResponse<String> home = browser.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(home.statusCode()).as("redirected to sign in").isEqualTo(302);
	}

	@Test
	void signingInWithoutTheCsrfTokenIsForbidden() throws Exception {
		Partner partner = new Exchange(this.port).partner("WD");
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> signIn = browser.send(form("/login", Map.of("username", partner.analyst(), "password",
				"correct horse battery staple")), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> signIn(HttpClient browser, String username, String password)
			throws IOException, InterruptedException {
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		return browser.send(form("/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1))),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest form(String path, Map<String, String> fields) {
		String body = String.join("&", fields.entrySet().stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).toList());
		return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
