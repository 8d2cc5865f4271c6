package org.entente.members;

import java.util.List;
import java.util.Map;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin API: the centre manages members; a member's admin manages its own users only. */
@IntegrationTest
class MemberAdministrationIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theCentreExistsAndTheStartUpAdminTokenWorks() {
		Api.Response me = new Exchange(this.port).admin().get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("member").asString()).isEqualTo("CENTRE");
		assertThat(me.json().path("roles").get(0).asString()).isEqualTo("admin");
	}

	@Test
	void memberAdminManagesItsOwnUsersButNotAnotherMembers() {
		Exchange exchange = new Exchange(this.port);
		Partner own = exchange.partner("MA");
		Partner other = exchange.partner("MB");
		String adminName = exchange.user(own.code(), own.code().toLowerCase() + ".admin", List.of("admin"));
		Api admin = exchange.anonymous().as(exchange.token(adminName));

		Api.Response created = admin.post("/api/v1/members/" + own.code() + "/users",
				Map.of("username", own.code().toLowerCase() + ".second", "roles", List.of("analyst")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(admin.get("/api/v1/members/" + own.code() + "/users").json().path("items")).hasSize(3);

		assertThat(admin.post("/api/v1/members/" + other.code() + "/users",
				Map.of("username", "intruder." + other.code(), "roles", List.of("admin"))).status()).isEqualTo(404);
		assertThat(admin.get("/api/v1/members/" + other.code() + "/users").status()).isEqualTo(404);
		assertThat(admin.get("/api/v1/users/" + other.analyst() + "/tokens").status()).isEqualTo(404);
		assertThat(admin.post("/api/v1/members", Map.of("code", "ZZ" + own.code(), "name", "no")).status())
			.as("only the centre creates members").isEqualTo(403);
	}

	@Test
	void analystsCannotManageUsersAndUsersManageTheirOwnTokens() {
		Exchange exchange = new Exchange(this.port);
		Partner partner = exchange.partner("MC");
		assertThat(partner.api().post("/api/v1/members/" + partner.code() + "/users",
				Map.of("username", "x." + partner.code(), "roles", List.of("analyst"))).status()).isEqualTo(403);
		Api.Response token = partner.api().post("/api/v1/users/" + partner.analyst() + "/tokens", Map.of("name", "laptop"));
		assertThat(token.status()).isEqualTo(201);
		assertThat(token.json().path("token").asString()).startsWith("ent_").hasSizeGreaterThanOrEqualTo(4 + 43);
		Api.Response tokens = partner.api().get("/api/v1/users/" + partner.analyst() + "/tokens");
		assertThat(tokens.body()).doesNotContain(token.json().path("token").asString());
	}

	@Test
	void aPasswordThatIsNotWellFormedUnicodeIsRefusedNotAServerError() {
		Api admin = new Exchange(this.port).admin();
		Api.Response refused = admin.post("/api/v1/members/CENTRE/users",
				"{\"username\":\"surrogate.user\",\"roles\":[\"analyst\"],\"password\":\"abcdefghijkl\\ud87cmn\"}");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
	}

	@Test
	void badMemberCodesAndRolesAreRefusedNamingTheField() {
		Api admin = new Exchange(this.port).admin();
		Api.Response code = admin.post("/api/v1/members", Map.of("code", "lower", "name", "x"));
		assertThat(code.status()).isEqualTo(422);
		assertThat(code.json().path("errors").get(0).path("field").asString()).isEqualTo("code");
		assertThat(admin.post("/api/v1/members", Map.of("code", "ALL", "name", "x")).status()).isEqualTo(422);
		assertThat(admin.post("/api/v1/members", Map.of("code", "CENTRE", "name", "again")).status()).isEqualTo(409);
		Api.Response role = admin.post("/api/v1/members/CENTRE/users", Map.of("username", "who", "roles", List.of("king")));
		assertThat(role.status()).isEqualTo(422);
		assertThat(role.json().path("errors").get(0).path("field").asString()).isEqualTo("roles");
	}

}
