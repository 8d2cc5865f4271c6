package org.entente.ledger.verification;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class CheckpointTests {

	private static final String ORIGIN = "ledger.entente.example";

	private static final byte[] ROOT = HexFormat.of().parseHex(ReferenceMerkleTree.VECTOR_ROOT);

	private static final NoteSigner SIGNER = NoteSigner.generate(ORIGIN);

	private final NoteVerifier verifier = NoteVerifier.fromVerifierKey(SIGNER.verifierKey());

	@Test
	void textIsOriginSizeAndBase64Root() {
		Checkpoint checkpoint = new Checkpoint(ORIGIN, 8, ROOT);

		assertThat(checkpoint.text())
			.isEqualTo("ledger.entente.example\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n");
	}

	@Test
	void parseReadsWhatTextWrites() throws NoteException {
		Checkpoint checkpoint = new Checkpoint(ORIGIN, 8, ROOT);

		assertThat(Checkpoint.parse(checkpoint.text())).isEqualTo(checkpoint);
	}

	@Test
	void signedCheckpointVerifies() throws NoteException {
		Checkpoint checkpoint = new Checkpoint(ORIGIN, 8, ROOT);
		String note = SIGNER.sign(checkpoint.text());

		assertThat(note).startsWith(checkpoint.text() + "\n\u2014 " + ORIGIN + " ");
		assertThat(verifier.verifyCheckpoint(note)).isEqualTo(checkpoint);
	}

	@Test
	void rootHashCannotBeChangedFromOutside() {
		byte[] root = ROOT.clone();
		Checkpoint checkpoint = new Checkpoint(ORIGIN, 8, root);
		root[0] ^= 1;
		checkpoint.rootHash()[1] ^= 1;

		assertThat(checkpoint.rootHash()).isEqualTo(ROOT);
	}

	@Nested
	class TamperedNotes {

		private final String note = SIGNER.sign(new Checkpoint(ORIGIN, 8, ROOT).text());

		@Test
		void size() {
			assertRefused(note.replace("\n8\n", "\n9\n"), "invalid signature for key");
		}

		@Test
		void rootHash() {
			String otherRoot = Base64.getEncoder().encodeToString(MerkleHashes.emptyRoot());

			assertRefused(note.replace("XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=", otherRoot),
					"invalid signature for key");
		}

		@Test
		void origin() {
			assertRefused(note.replace(ORIGIN + "\n", "other.example\n"), "invalid signature for key");
		}

		@Test
		void signature() {
			int lastCharacter = note.length() - 3;
			char replacement = note.charAt(lastCharacter) == 'A' ? 'B' : 'A';
			String tampered = note.substring(0, lastCharacter) + replacement + note.substring(lastCharacter + 1);

			assertThat(catchThrowable(() -> verifier.verify(tampered))).isInstanceOf(NoteException.class);
		}

		@Test
		void signedByAnotherKey() {
			String other = NoteSigner.generate(ORIGIN).sign(new Checkpoint(ORIGIN, 8, ROOT).text());

			assertRefused(other, "the note has no signature by key " + ORIGIN + "+");
		}

		private void assertRefused(String tampered, String message) {
			assertThatThrownBy(() -> verifier.verifyCheckpoint(tampered)).isInstanceOf(NoteException.class)
				.hasMessageStartingWith(message);
		}

	}

	@Nested
	class Parse {

		private static final String ROOT_LINE = "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=";

		@Test
		void sizeUpToTheLargestLong() throws NoteException {
			assertThat(Checkpoint.parse(ORIGIN + "\n9223372036854775807\n" + ROOT_LINE + "\n").size())
				.isEqualTo(Long.MAX_VALUE);
			assertThat(Checkpoint.parse(ORIGIN + "\n0\n" + ROOT_LINE + "\n").size()).isZero();
		}

		@Test
		void refusesMalformedBodies() {
			List<String> malformed = List.of(ORIGIN + "\n8\n" + ROOT_LINE, // no final
																			// newline
					"\n8\n" + ROOT_LINE + "\n", // empty origin
					ORIGIN + "\n08\n" + ROOT_LINE + "\n", // leading zero
					ORIGIN + "\n-8\n" + ROOT_LINE + "\n", // sign
					ORIGIN + "\n+8\n" + ROOT_LINE + "\n", // sign
					ORIGIN + "\n9223372036854775808\n" + ROOT_LINE + "\n", // above 2^63 -
																			// 1
					ORIGIN + "\n18446744073709551615\n" + ROOT_LINE + "\n", // unsigned
																			// 64-bit
					ORIGIN + "\n8\n" + ROOT_LINE.substring(0, 40) + "\n", // not 32 bytes
					ORIGIN + "\n8\n" + ROOT_LINE.replace("=", "") + "\n", // no padding
					ORIGIN + "\n8\n" + ROOT_LINE + "\nextension\n", // extension line
					ORIGIN + "\n8\n" + ROOT_LINE + "\n\n"); // empty line

			for (String body : malformed) {
				assertThat(catchThrowable(() -> Checkpoint.parse(body))).as(body)
					.isInstanceOf(NoteException.class)
					.hasMessageStartingWith("malformed checkpoint");
			}
		}

	}

}
