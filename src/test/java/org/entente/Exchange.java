package org.entente;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test fixture: fresh members with an analyst and its token each, made through the admin API. Codes carry a
 * random suffix, so that tests never see each other's data and can run against a database that is not empty.
 */
public final class Exchange {

	public static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

	private final Api api;

	public Exchange(int port) {
		this.api = Api.on(port);
	}

	public Api admin() {
		return this.api.as(ADMIN_TOKEN);
	}

	public Api anonymous() {
		return this.api;
	}

	/** A new member with an analyst, answering the analyst's API client. */
	public Partner partner(String prefix) {
		String code = prefix + Integer.toString(ThreadLocalRandom.current().nextInt(1, 36 * 36 * 36 * 36), 36).toUpperCase();
		Api.Response member = admin().post("/api/v1/members", Map.of("code", code, "name", "Partner " + code));
		assertThat(member.status()).as(member.toString()).isEqualTo(201);
		String analyst = user(code, code.toLowerCase() + ".analyst", List.of("analyst"));
		return new Partner(code, analyst, this.api.as(token(analyst)));
	}

	/** A new user of the member with these roles; answers the username. */
	public String user(String member, String username, List<String> roles) {
		Api.Response user = admin().post("/api/v1/members/" + member + "/users",
				Map.of("username", username, "roles", roles, "password", "correct horse battery staple"));
		assertThat(user.status()).as(user.toString()).isEqualTo(201);
		return username;
	}

	public String token(String username) {
		Api.Response token = admin().post("/api/v1/users/" + username + "/tokens", Map.of("name", "test"));
		assertThat(token.status()).as(token.toString()).isEqualTo(201);
		return token.json().path("token").asString();
	}

	/** A member of the exchange as its analyst's machine sees it. */
	public record Partner(String code, String analyst, Api api) {
	}

}
