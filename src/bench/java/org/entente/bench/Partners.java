package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The members of the synthetic exchange, each with an analyst and a member admin (who registers webhooks) and
 * their tokens, enrolled through the admin API exactly as a centre would enrol them.
 */
final class Partners {

	static final List<String> CODES = List.of("ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO");

	private final List<Partner> partners;

	private Partners(List<Partner> partners) {
		this.partners = partners;
	}

	static Partners enrol(Api api, String adminToken, JsonMapper json) {
		List<Partner> partners = new ArrayList<>();
		for (String code : CODES) {
			created(api.postJson("/api/v1/members", adminToken,
					json.writeValueAsString(Map.of("code", code, "name", "Partner " + code))));
			String analyst = user(api, adminToken, json, code, code.toLowerCase() + ".analyst", "analyst");
			String admin = user(api, adminToken, json, code, code.toLowerCase() + ".admin", "admin");
			partners.add(new Partner(code, analyst, admin));
		}
		return new Partners(partners);
	}

	/** Adds a user with one role to the member, and answers a token of that user. */
	private static String user(Api api, String adminToken, JsonMapper json, String code, String username, String role) {
		created(api.postJson("/api/v1/members/" + code + "/users", adminToken,
				json.writeValueAsString(Map.of("username", username, "roles", List.of(role)))));
		return json.readTree(api.postJson("/api/v1/users/" + username + "/tokens", adminToken,
				json.writeValueAsString(Map.of("name", "bench"))).expect(201).body()).path("token").asString();
	}

	/** Created, or there already: an external database kept from an earlier run (SearchDataLoader). */
	private static void created(Api.Response response) {
		if (response.status() != 409) {
			response.expect(201);
		}
	}

	Partner get(int index) {
		return this.partners.get(Math.floorMod(index, this.partners.size()));
	}

	Partner byCode(String code) {
		return this.partners.stream()
			.filter((partner) -> partner.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no partner " + code));
	}

	int size() {
		return this.partners.size();
	}

	/**
	 * A member and the bearer tokens of its users.
	 *
	 * @param token the analyst's, who submits and reads
	 * @param adminToken the member admin's, who registers webhooks
	 */
	record Partner(String code, String token, String adminToken) {
	}

}
