package org.entente.transparency;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.entente.ledger.verification.Checkpoint;
import org.entente.ledger.verification.Envelope;
import org.entente.ledger.verification.InMemoryHashStore;
import org.entente.ledger.verification.LedgerVerifier;
import org.entente.ledger.verification.MerkleHashes;
import org.entente.ledger.verification.MerkleProofs;
import org.entente.ledger.verification.MerkleTree;
import org.entente.ledger.verification.NoteVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's HTTP routes and the member's verifier, against the running centre. */
@IntegrationTest
class LedgerApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Exchange exchange;

	Partner originator;

	Partner recipient;

	Partner stranger;

	String reportId;

	long reportEntry;

	@BeforeEach
	void submitAReportReleasedToOneMember() {
		this.exchange = new Exchange(this.port);
		this.originator = this.exchange.partner("O");
		this.recipient = this.exchange.partner("R");
		this.stranger = this.exchange.partner("S");
		this.reportId = submit(this.originator, List.of(this.recipient.code()));
		this.reportEntry = entries(this.originator.api()).stream()
			.filter(entry -> entry.path("subject").path("id").asString().equals(this.reportId))
			.findFirst()
			.orElseThrow()
			.path("seq")
			.asLong();
	}

	@Test
	void servesACheckpointSignedWithTheServedKey() throws Exception {
		Checkpoint checkpoint = checkpointCovering(this.reportEntry + 1);
		assertThat(checkpoint.origin()).isEqualTo("entente/ledger");
		Api.Response latest = this.originator.api().get("/api/v1/ledger/checkpoint");
		assertThat(latest.contentType()).startsWith("text/plain");
		Api.Response same = this.originator.api().get("/api/v1/ledger/checkpoints/" + checkpoint.size());
		assertThat(verifier().verifyCheckpoint(same.body())).isEqualTo(checkpoint);
	}

	@Test
	void envelopesRebuildTheCheckpointedTree() throws Exception {
		Checkpoint checkpoint = checkpointCovering(this.reportEntry + 1);
		InMemoryHashStore tree = new InMemoryHashStore();
		while (tree.size() < checkpoint.size()) {
			Api.Response page = this.stranger.api()
				.get("/api/v1/ledger/envelopes?start=" + tree.size() + "&end=" + checkpoint.size());
			assertThat(page.contentType()).startsWith("application/x-ndjson");
			for (String line : page.body().split("\n")) {
				tree.append(MerkleHashes.leafHash(line.getBytes(StandardCharsets.UTF_8)));
			}
		}
		assertThat(new MerkleTree(tree).rootHash(checkpoint.size())).isEqualTo(checkpoint.rootHash());
	}

	@Test
	void provesInclusionOfAnEntryAndConsistencyBetweenCheckpoints() throws Exception {
		Checkpoint older = checkpointCovering(this.reportEntry + 1);
		submit(this.originator, List.of("ALL"));
		Checkpoint newer = checkpointCovering(older.size() + 1);
		JsonNode entry = this.recipient.api().get("/api/v1/ledger/entries/" + this.reportEntry).json();
		JsonNode inclusion = this.stranger.api()
			.get("/api/v1/ledger/proof/inclusion?index=" + this.reportEntry + "&size=" + newer.size())
			.json();
		MerkleProofs.verifyInclusion(this.reportEntry, newer.size(),
				MerkleHashes.leafHash(entry.path("envelope").asString().getBytes(StandardCharsets.UTF_8)),
				hashes(inclusion.path("proof")), newer.rootHash());
		JsonNode consistency = this.stranger.api()
			.get("/api/v1/ledger/proof/consistency?from=" + older.size() + "&to=" + newer.size())
			.json();
		MerkleProofs.verifyConsistency(older.size(), newer.size(), hashes(consistency.path("proof")),
				older.rootHash(), newer.rootHash());
	}

	@Test
	void anEntrysEventAndSaltMatchItsEnvelope() {
		JsonNode entry = this.originator.api().get("/api/v1/ledger/entries/" + this.reportEntry).json();
		byte[] salt = Base64.getDecoder().decode(entry.path("salt").asString());
		String commitment = Base64.getEncoder()
			.encodeToString(Envelope.commitment(salt, entry.path("event").asString()));
		assertThat(entry.path("envelope").asString()).contains("\"commitment\":\"" + commitment + "\"")
			.contains("\"seq\":" + this.reportEntry)
			.contains("\"type\":\"report.submitted\"");
		assertThat(entry.path("event").asString()).contains("\"report\":\"" + this.reportId + "\"");
	}

	@Nested
	class NeedToKnow {

		@Test
		void theOriginatorAndTheRecipientSeeTheEventAStrangerDoesNot() {
			String path = "/api/v1/ledger/entries/" + LedgerApiIntegrationTests.this.reportEntry;
			assertThat(LedgerApiIntegrationTests.this.originator.api().get(path).status()).isEqualTo(200);
			assertThat(LedgerApiIntegrationTests.this.recipient.api().get(path).status()).isEqualTo(200);
			Api.Response refused = LedgerApiIntegrationTests.this.stranger.api().get(path);
			assertThat(refused.status()).isEqualTo(404);
			assertThat(refused.body()).doesNotContain("salt");
		}

		@Test
		void aStrangersListingHoldsNothingOfTheReport() {
			assertThat(entries(LedgerApiIntegrationTests.this.stranger.api()))
				.noneMatch(entry -> entry.path("seq").asLong() == LedgerApiIntegrationTests.this.reportEntry
						|| entry.toString().contains(LedgerApiIntegrationTests.this.reportId));
			assertThat(entries(LedgerApiIntegrationTests.this.recipient.api()))
				.anyMatch(entry -> entry.path("seq").asLong() == LedgerApiIntegrationTests.this.reportEntry);
		}

		@Test
		void everyoneReadsTheEnvelope() {
			Api.Response envelope = LedgerApiIntegrationTests.this.stranger.api()
				.get("/api/v1/ledger/envelopes?start=" + LedgerApiIntegrationTests.this.reportEntry + "&end="
						+ (LedgerApiIntegrationTests.this.reportEntry + 1));
			assertThat(envelope.status()).isEqualTo(200);
			assertThat(envelope.body()).startsWith("{\"commitment\":\"").endsWith("\"}\n");
		}

		@Test
		void anonymousCallersReadNothing() {
			assertThat(LedgerApiIntegrationTests.this.exchange.anonymous().get("/api/v1/ledger/checkpoint").status())
				.isEqualTo(401);
		}

	}

	@Nested
	class BadParameters {

		@Test
		void areRefusedNamingTheParameter() {
			Api api = LedgerApiIntegrationTests.this.stranger.api();
			assertRefused(api.get("/api/v1/ledger/envelopes?start=x&end=2"), "start");
			assertRefused(api.get("/api/v1/ledger/envelopes?start=0"), "end");
			assertRefused(api.get("/api/v1/ledger/envelopes?start=0&end=" + Long.MAX_VALUE), "end");
			assertRefused(api.get("/api/v1/ledger/proof/inclusion?index=-1&size=1"), "index");
			assertRefused(api.get("/api/v1/ledger/proof/inclusion?index=3&size=3"), "index");
			assertRefused(api.get("/api/v1/ledger/proof/inclusion?index=0&size=" + Long.MAX_VALUE), "size");
			assertRefused(api.get("/api/v1/ledger/proof/consistency?from=3&to=2"), "from");
			assertRefused(api.get("/api/v1/ledger/proof/consistency?from=0&to=2"), "from");
			assertRefused(api.get("/api/v1/ledger/entries?after=-2"), "after");
			assertRefused(api.get("/api/v1/ledger/checkpoints/abc"), "size");
		}

		@Test
		void anUnknownSizeOrEntryIsNotFound() {
			Api api = LedgerApiIntegrationTests.this.stranger.api();
			assertThat(api.get("/api/v1/ledger/checkpoints/" + Long.MAX_VALUE).status()).isEqualTo(404);
			assertThat(api.get("/api/v1/ledger/entries/" + Long.MAX_VALUE).status()).isEqualTo(404);
		}

		private static void assertRefused(Api.Response response, String parameter) {
			assertThat(response.status()).as(response.toString()).isEqualTo(422);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().path("errors").path(0).path("field").asString()).isEqualTo(parameter);
		}

	}

	@Nested
	class Verify {

		@TempDir
		Path directory;

		@Test
		void acceptsTheLedgerAndThenItsGrowth() throws Exception {
			checkpointCovering(LedgerApiIntegrationTests.this.reportEntry + 1);
			Path state = this.directory.resolve("state");
			Run first = verify(LedgerApiIntegrationTests.this.originator, "--state", state.toString());
			assertThat(first.status()).as(first.toString()).isZero();
			assertThat(first.out()).contains("entries of this member verified");
			long accepted = checkpointCovering(0).size();
			submit(LedgerApiIntegrationTests.this.originator, List.of("ALL"));
			checkpointCovering(accepted + 1);
			Run second = verify(LedgerApiIntegrationTests.this.originator, "--state", state.toString());
			assertThat(second.status()).as(second.toString()).isZero();
			assertThat(second.out()).contains("consistent with checkpoint");
		}

		@Test
		void namesAnEntryWhoseRowWasEdited() throws Exception {
			long seq = LedgerApiIntegrationTests.this.reportEntry;
			checkpointCovering(seq + 1);
			String original = LedgerApiIntegrationTests.this.jdbc
				.queryForObject("select event from ledger where seq = ?", String.class, seq);
			edit(seq, original.replace("\"version\":1", "\"version\":7"));
			try {
				Run run = verify(LedgerApiIntegrationTests.this.originator);
				assertThat(run.status()).as(run.toString()).isEqualTo(LedgerVerifier.MISMATCH);
				assertThat(run.err()).contains("entry " + seq + " (report.submitted)");
			}
			finally {
				edit(seq, original);
			}
			assertThat(verify(LedgerApiIntegrationTests.this.originator).status()).isZero();
		}

		@Test
		void refusesACheckpointSignedByAnotherKey() {
			checkpointCovering(1);
			Run run = verify(LedgerApiIntegrationTests.this.stranger, "--key",
					org.entente.ledger.verification.NoteSigner.generate("entente/ledger").verifierKey());
			assertThat(run.status()).isEqualTo(LedgerVerifier.MISMATCH);
			assertThat(run.err()).contains("the latest checkpoint does not verify");
		}

		private Run verify(Partner partner, String... more) {
			List<String> args = new ArrayList<>(List.of("--url", "http://127.0.0.1:" + LedgerApiIntegrationTests.this.port,
					"--token", token(partner)));
			if (!List.of(more).contains("--key")) {
				args.addAll(List.of("--key", LedgerApiIntegrationTests.this.stranger.api()
					.get("/api/v1/ledger/key").body().trim()));
			}
			args.addAll(List.of(more));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int status = LedgerVerifier.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));
			return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}

		private String token(Partner partner) {
			return LedgerApiIntegrationTests.this.exchange.token(partner.analyst());
		}

		private void edit(long seq, String event) {
			JdbcTemplate jdbc = LedgerApiIntegrationTests.this.jdbc;
			jdbc.execute("alter table ledger disable trigger ledger_append_only");
			try {
				jdbc.update("update ledger set event = ? where seq = ?", event, seq);
			}
			finally {
				jdbc.execute("alter table ledger enable trigger ledger_append_only");
			}
		}

	}

	record Run(int status, String out, String err) {
	}

	private String submit(Partner partner, List<String> releasableTo) {
		Api.Response response = partner.api()
			.post("/api/v1/reports", Map.of("title", "Vessel sighted", "body", "A vessel loitering off the cape.",
					"handling", "GREEN", "releasableTo", releasableTo, "locations",
					List.of(Map.of("coordinates", "36.5 N 4.5 W"))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	/** Every entry the caller may see, following the pages to the end. */
	private static List<JsonNode> entries(Api api) {
		List<JsonNode> entries = new ArrayList<>();
		String after = "-1";
		while (after != null) {
			JsonNode page = api.get("/api/v1/ledger/entries?after=" + after).json();
			page.path("items").forEach(entries::add);
			after = page.path("next").isNull() ? null : page.path("next").asString();
		}
		return entries;
	}

	/** Waits for the periodic checkpoint to cover the first {@code size} entries. */
	private Checkpoint checkpointCovering(long size) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (true) {
			Api.Response response = this.stranger.api().get("/api/v1/ledger/checkpoint");
			if (response.status() == 200) {
				try {
					Checkpoint checkpoint = verifier().verifyCheckpoint(response.body());
					if (checkpoint.size() >= size) {
						return checkpoint;
					}
				}
				catch (Exception exception) {
					throw new AssertionError(exception);
				}
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("no checkpoint covers " + size + " entries: " + response);
			}
			sleep();
		}
	}

	private NoteVerifier verifier() {
		return NoteVerifier.fromVerifierKey(this.stranger.api().get("/api/v1/ledger/key").body().trim());
	}

	private static List<byte[]> hashes(JsonNode proof) {
		List<byte[]> hashes = new ArrayList<>();
		proof.forEach(hash -> hashes.add(Base64.getDecoder().decode(hash.asString())));
		return hashes;
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new AssertionError(exception);
		}
	}

}
