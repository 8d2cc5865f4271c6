package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The members of the synthetic exchange, each with an analyst and its token, enrolled through the admin API
 * exactly as a centre would enrol them.
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
			api.postJson("/api/v1/members", adminToken,
					json.writeValueAsString(Map.of("code", code, "name", "Partner " + code))).expect(201);
			String analyst = code.toLowerCase() + ".analyst";
			api.postJson("/api/v1/members/" + code + "/users", adminToken,
					json.writeValueAsString(Map.of("username", analyst, "roles", List.of("analyst")))).expect(201);
			String token = json.readTree(api.postJson("/api/v1/users/" + analyst + "/tokens", adminToken,
					json.writeValueAsString(Map.of("name", "bench"))).expect(201).body()).path("token").asString();
			partners.add(new Partner(code, token));
		}
		return new Partners(partners);
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

	/** A member and the bearer token of its analyst. */
	record Partner(String code, String token) {
	}

}
