package org.entente.ledger.verification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EnvelopeTests {

	private static final byte[] SALT = new byte[32];

	@Test
	void isCanonicalJsonWithMembersInCodeUnitOrder() {
		Envelope envelope = Envelope.of(7, Instant.parse("2026-03-01T10:15:30.123400Z"), "report.submitted", SALT,
				"{\"a\":1}");
		String commitment = Base64.getEncoder().encodeToString(Envelope.commitment(SALT, "{\"a\":1}"));
		assertThat(envelope.text()).isEqualTo("{\"commitment\":\"" + commitment
				+ "\",\"seq\":7,\"time\":\"2026-03-01T10:15:30.123400Z\",\"type\":\"report.submitted\"}");
	}

	@Test
	void writesTheTimeAsIsoInstantDoes() {
		assertThat(Envelope.of(0, Instant.parse("2026-03-01T10:15:30Z"), "t", SALT, "{}").time())
			.isEqualTo("2026-03-01T10:15:30Z");
		assertThat(Envelope.of(0, Instant.parse("2026-03-01T10:15:30.000001Z"), "t", SALT, "{}").time())
			.isEqualTo("2026-03-01T10:15:30.000001Z");
	}

	@Test
	void commitsToSaltThenEvent() {
		byte[] salt = HexFormat.of().parseHex("01".repeat(32));
		byte[] utf8 = "{\"b\":\"é\"}".getBytes(StandardCharsets.UTF_8);
		byte[] joined = new byte[salt.length + utf8.length];
		System.arraycopy(salt, 0, joined, 0, salt.length);
		System.arraycopy(utf8, 0, joined, salt.length, utf8.length);
		assertThat(Envelope.commitment(salt, "{\"b\":\"é\"}")).isEqualTo(MerkleHashes.sha256().digest(joined));
	}

	@Test
	void escapesStringsAsRfc8785Does() {
		assertThat(Envelope.jsonString("a\"b\\c\n\u0001\u007f€")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\u007f€\"");
	}

	@Test
	void leafHashIsOfTheEnvelopeBytes() {
		Envelope envelope = Envelope.of(1, Instant.EPOCH, "t", SALT, "{}");
		assertThat(envelope.leafHash()).isEqualTo(MerkleHashes.leafHash(envelope.bytes()));
	}

	@Test
	void refusesACommitmentThatIsNotASha256() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Envelope(0, "t", "t", new byte[31]));
	}

}
