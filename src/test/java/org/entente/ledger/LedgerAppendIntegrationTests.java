package org.entente.ledger;

import java.util.List;
import java.util.Map;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.entente.LedgerEntries;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every state change appends exactly one ledger entry, and the ledger refuses to be changed. */
@IntegrationTest
class LedgerAppendIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachCommandAppendsExactlyOneEntryOfItsType() {
		Exchange exchange = new Exchange(this.port);
		assertAppends("member.created", () -> exchange.admin().post("/api/v1/members", Map.of("code", "LG" + suffix(), "name", "Ledger test")));
		Partner originator = exchange.partner("LA");
		Partner recipient = exchange.partner("LB");
		assertAppends("user.created", () -> exchange.user(originator.code(), "ledger." + suffix(), List.of("auditor")));
		assertAppends("token.issued", () -> exchange.token(originator.analyst()));
		String id = originator.api().post("/api/v1/reports", Map.of("title", "t", "body", "b", "handling", "GREEN"))
			.json().path("id").asString();
		assertAppends("report.amended", () -> originator.api().patch("/api/v1/reports/" + id, Map.of("title", "t2")));
		assertAppends("report.released", () -> originator.api().post("/api/v1/reports/" + id + "/release",
				Map.of("releasableTo", List.of(recipient.code()))));
		assertAppends("report.withdrawn", () -> originator.api().post("/api/v1/reports/" + id + "/withdraw", Map.of()));
		assertAppends("report.submitted", () -> originator.api().post("/api/v1/reports", Map.of("title", "t", "body", "b", "handling", "RED")));
	}

	@Test
	void aRefusedCommandAppendsNothing() {
		Partner originator = new Exchange(this.port).partner("LC");
		long before = size();
		Api.Response refused = originator.api().post("/api/v1/reports", Map.of("title", "", "body", "b", "handling", "RED"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(size()).isEqualTo(before);
	}

	@Test
	void theSequenceIsGapFreeFromZeroAndEventsAreCanonicalJson() throws Exception {
		new Exchange(this.port).partner("LD");
		List<Long> sequences = this.jdbc.sql("select seq from ledger order by seq").query(Long.class).list();
		for (int i = 0; i < sequences.size(); i++) {
			assertThat(sequences.get(i)).isEqualTo(i);
		}
		for (String event : this.jdbc.sql("select event from ledger order by seq desc limit 50").query(String.class).list()) {
			assertThat(new JsonCanonicalizer(event).getEncodedString()).isEqualTo(event);
		}
	}

	@Test
	void updateDeleteAndTruncateOfTheLedgerAreRefusedByTheDatabase() {
		new Exchange(this.port).partner("LE");
		long before = size();
		assertThatThrownBy(() -> this.jdbc.sql("update ledger set type = 'forged' where seq = 0").update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from ledger where seq = 0").update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate ledger").update()).rootCause().hasMessageContaining("append-only");
		assertThat(size()).isEqualTo(before);
	}

	private void assertAppends(String type, Runnable command) {
		long before = size();
		command.run();
		assertThat(size()).as(type).isEqualTo(before + 1);
		String appended = this.jdbc.sql("select type from ledger where actor_user is not null order by seq desc limit 1")
			.query(String.class)
			.single();
		assertThat(appended).isEqualTo(type);
	}

	private long size() {
		return LedgerEntries.madeByUsers(this.jdbc);
	}

	private static String suffix() {
		return Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
	}

}
