package org.entente.reports;

import java.util.List;
import java.util.Map;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.entente.LedgerEntries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Deliveries: the inbox, acknowledgement, and the originator's view of who received and acknowledged. */
@IntegrationTest
class InboxIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Exchange exchange;

	Partner originator;

	Partner recipient;

	Partner stranger;

	String reportId;

	@BeforeEach
	void deliverAReport() {
		this.exchange = new Exchange(this.port);
		this.originator = this.exchange.partner("IA");
		this.recipient = this.exchange.partner("IB");
		this.stranger = this.exchange.partner("IC");
		this.reportId = this.originator.api().post("/api/v1/reports", Map.of("title", "For IB", "body", "b",
				"handling", "AMBER", "category", "maritime",
				"releasableTo", List.of(Map.of("member", this.recipient.code(), "detail", "sanitized"))))
			.json().path("id").asString();
	}

	@Test
	void theRecipientsInboxHoldsTheDeliveryUnacknowledged() {
		JsonNode item = inboxItem(this.recipient, "?unacknowledged=true&originator=" + this.originator.code());
		assertThat(item.path("reference").asString()).startsWith(this.originator.code());
		assertThat(item.path("detail").asString()).isEqualTo("sanitized");
		assertThat(item.path("deliveredAt").asString()).isNotBlank();
		assertThat(item.path("unacknowledged").asBoolean()).isTrue();
		assertThat(item.path("acknowledged").isNull()).isTrue();
	}

	@Test
	void acknowledgingRecordsWhoAndWhenOnceWithOneLedgerEntry() {
		long ledger = ledgerSize();
		Api.Response first = this.recipient.api().post(ackPath(), Map.of());
		Api.Response again = this.recipient.api().post(ackPath(), Map.of());
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(200);
		assertThat(first.json().path("acknowledged").path("by").asString()).isEqualTo(this.recipient.analyst());
		assertThat(again.json().path("acknowledged")).isEqualTo(first.json().path("acknowledged"));
		assertThat(ledgerSize()).as("idempotent: one entry").isEqualTo(ledger + 1);
		assertThat(this.recipient.api().get("/api/v1/inbox?unacknowledged=true&originator=" + this.originator.code())
			.json().path("items")).isEmpty();
	}

	@Test
	void anAmendmentMakesTheDeliveryUnacknowledgedAgain() {
		this.recipient.api().post(ackPath(), Map.of());
		this.originator.api().patch("/api/v1/reports/" + this.reportId, Map.of("title", "For IB, revised"));
		JsonNode item = inboxItem(this.recipient, "?unacknowledged=true&originator=" + this.originator.code());
		assertThat(item.path("version").asInt()).isEqualTo(2);
		assertThat(item.path("acknowledged").path("version").asInt()).isEqualTo(1);
	}

	@Test
	void aForeignOrUnknownDeliveryIsNotFound() {
		assertThat(this.stranger.api().post(ackPath(), Map.of()).status()).isEqualTo(404);
		assertThat(this.originator.api().post(ackPath(), Map.of()).status()).as("not delivered to its originator").isEqualTo(404);
		assertThat(this.recipient.api().post("/api/v1/inbox/00000000-0000-4000-8000-000000000000/ack", Map.of()).status())
			.isEqualTo(404);
		assertThat(this.stranger.api().get("/api/v1/inbox?originator=" + this.originator.code()).json().path("items")).isEmpty();
	}

	@Test
	void theOriginatorSeesPerRecipientDeliveredAndAcknowledged() {
		this.recipient.api().post(ackPath(), Map.of());
		Api.Response recipients = this.originator.api().get("/api/v1/reports/" + this.reportId + "/deliveries");
		assertThat(recipients.status()).isEqualTo(200);
		JsonNode status = recipients.json().path("items").get(0);
		assertThat(recipients.json().path("items")).hasSize(1);
		assertThat(status.path("member").asString()).isEqualTo(this.recipient.code());
		assertThat(status.path("acknowledged").path("by").asString()).isEqualTo(this.recipient.analyst());
		assertThat(this.recipient.api().get("/api/v1/reports/" + this.reportId + "/deliveries").status()).isEqualTo(403);
		assertThat(this.stranger.api().get("/api/v1/reports/" + this.reportId + "/deliveries").status()).isEqualTo(404);
	}

	@Test
	void aReleaseToAllIsDeliveredToEveryMemberWithoutARowPerMember() {
		long releaseRows = this.jdbc.sql("select count(*) from report_release").query(Long.class).single();
		String id = this.originator.api().post("/api/v1/reports", Map.of("title", "To all", "body", "b",
				"handling", "GREEN", "releasableTo", List.of("ALL"))).json().path("id").asString();
		assertThat(this.jdbc.sql("select count(*) from report_release").query(Long.class).single()).isEqualTo(releaseRows + 1);
		assertThat(this.stranger.api().get("/api/v1/inbox?originator=" + this.originator.code()).json().path("items")
			.valueStream().map((item) -> item.path("id").asString())).contains(id);
		JsonNode recipients = this.originator.api().get("/api/v1/reports/" + id + "/deliveries").json().path("items");
		assertThat(recipients.valueStream().map((recipient) -> recipient.path("member").asString()))
			.contains(this.recipient.code(), this.stranger.code(), "CENTRE")
			.doesNotContain(this.originator.code(), "ALL");
	}

	@Test
	void officersSeeTheFlowsFiguresNotItsContents() {
		String officer = this.exchange.user("CENTRE", "officer." + System.nanoTime(), List.of("officer"));
		Api centre = this.exchange.anonymous().as(this.exchange.token(officer));
		this.recipient.api().post(ackPath(), Map.of());
		Api.Response figures = centre.get("/api/v1/deliveries/figures");
		assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
		assertThat(figures.json().path("reports").asLong()).isPositive();
		assertThat(figures.json().path("acknowledgements").asLong()).isPositive();
		assertThat(figures.json().path("medianSecondsToAcknowledge").isNumber()).isTrue();
		assertThat(figures.body()).doesNotContain("For IB");
		assertThat(this.recipient.api().get("/api/v1/deliveries/figures").status()).isEqualTo(403);
	}

	private JsonNode inboxItem(Partner partner, String query) {
		Api.Response inbox = partner.api().get("/api/v1/inbox" + query);
		assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
		assertThat(inbox.json().path("items")).hasSize(1);
		return inbox.json().path("items").get(0);
	}

	private String ackPath() {
		return "/api/v1/inbox/" + this.reportId + "/ack";
	}

	private long ledgerSize() {
		return LedgerEntries.madeByUsers(this.jdbc);
	}

}
