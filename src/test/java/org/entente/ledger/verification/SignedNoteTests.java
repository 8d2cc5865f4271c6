package org.entente.ledger.verification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link NoteSigner} and {@link NoteVerifier} against the known answers of
 * golang.org/x/mod/sumdb/note (note_test.go): the PeterNeumann and EnochRoot keys and
 * notes.
 */
class SignedNoteTests {

	private static final String PETER_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

	private static final String PETER_SIGNER_KEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";

	private static final String ENOCH_VERIFIER_KEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";

	private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
			+ "then you don't know what your problem is.\n";

	private static final String PETER_SIGNATURE = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

	private static final String ENOCH_SIGNATURE = "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

	private final NoteVerifier peter = NoteVerifier.fromVerifierKey(PETER_VERIFIER_KEY);

	@Nested
	class KnownAnswers {

		@Test
		void signerKeyGivesTheVerifierKey() {
			NoteSigner signer = NoteSigner.fromSignerKey(PETER_SIGNER_KEY);

			assertThat(signer.name()).isEqualTo("PeterNeumann");
			assertThat(signer.keyId()).isEqualTo(0xc74f20a3);
			assertThat(signer.verifierKey()).isEqualTo(PETER_VERIFIER_KEY);
			assertThat(signer.signerKey()).isEqualTo(PETER_SIGNER_KEY);
		}

		@Test
		void signingGivesGosNoteByteForByte() {
			// Ed25519 signatures are deterministic (RFC 8032 §5.1.6), so the note must be
			// identical.
			assertThat(NoteSigner.fromSignerKey(PETER_SIGNER_KEY).sign(TEXT)).isEqualTo(TEXT + "\n" + PETER_SIGNATURE);
		}

		@Test
		void gosNoteVerifies() throws NoteException {
			assertThat(peter.verify(TEXT + "\n" + PETER_SIGNATURE)).isEqualTo(TEXT);
			assertThat(peter.name()).isEqualTo("PeterNeumann");
			assertThat(peter.keyId()).isEqualTo(0xc74f20a3);
			assertThat(peter.verifierKey()).isEqualTo(PETER_VERIFIER_KEY);
		}

		@Test
		void signaturesByOtherKeysAreIgnored() throws NoteException {
			assertThat(peter.verify(TEXT + "\n" + PETER_SIGNATURE + ENOCH_SIGNATURE)).isEqualTo(TEXT);
			assertThat(NoteVerifier.fromVerifierKey(ENOCH_VERIFIER_KEY)
				.verify(TEXT + "\n" + PETER_SIGNATURE + ENOCH_SIGNATURE)).isEqualTo(TEXT);
		}

		@Test
		void noteBytesVerify() throws NoteException {
			assertThat(peter.verify((TEXT + "\n" + PETER_SIGNATURE).getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
		}

	}

	@Nested
	class Refusals {

		@Test
		void noteWithoutASignatureByTheKey() {
			assertThatThrownBy(() -> peter.verify(TEXT + "\n" + ENOCH_SIGNATURE)).isInstanceOf(NoteException.class)
				.hasMessage("the note has no signature by key PeterNeumann+c74f20a3");
		}

		@Test
		void invalidSignature() {
			String tampered = PETER_SIGNATURE.substring(0, 60) + "ABCD" + PETER_SIGNATURE.substring(60);

			assertThatThrownBy(() -> peter.verify(TEXT + "\n" + tampered)).isInstanceOf(NoteException.class)
				.hasMessage("invalid signature for key PeterNeumann+c74f20a3");
		}

		@Test
		void tamperedText() {
			String tampered = TEXT.replace("cryptography", "cryptographY");

			assertThatThrownBy(() -> peter.verify(tampered + "\n" + PETER_SIGNATURE)).isInstanceOf(NoteException.class)
				.hasMessage("invalid signature for key PeterNeumann+c74f20a3");
		}

		@Test
		void signatureByAKeyOfTheSameNameButAnotherId() {
			NoteSigner impostor = NoteSigner.generate("PeterNeumann");

			assertThatThrownBy(() -> peter.verify(impostor.sign(TEXT))).isInstanceOf(NoteException.class)
				.hasMessage("the note has no signature by key PeterNeumann+c74f20a3");
		}

		@Test
		void malformedNotesAsGoRefusesThem() {
			List<String> malformed = List.of(TEXT, TEXT + "\n", TEXT + "\n" + PETER_SIGNATURE
				.substring(0, PETER_SIGNATURE.length() - 1), "\u0001" + TEXT + "\n" + PETER_SIGNATURE, TEXT + "\n"
						+ "\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
					TEXT + "\n" + PETER_SIGNATURE + "Unexpected line.\n", TEXT + "\n" + PETER_SIGNATURE.repeat(101));

			for (String note : malformed) {
				assertThat(catchThrowable(() -> peter.verify(note))).as(note)
					.isInstanceOf(NoteException.class)
					.hasMessageStartingWith("malformed note");
			}
		}

		@Test
		void noteBytesThatAreNotUtf8() {
			byte[] note = ("\u00ff" + TEXT + "\n" + PETER_SIGNATURE).getBytes(StandardCharsets.ISO_8859_1);

			assertThatThrownBy(() -> peter.verify(note)).isInstanceOf(NoteException.class)
				.hasMessage("malformed note: it is not UTF-8");
		}

	}

	@Nested
	class Keys {

		@Test
		void everyManglingOfTheVerifierKeyIsRefused() {
			for (String mangled : manglings(PETER_VERIFIER_KEY)) {
				assertThatThrownBy(() -> NoteVerifier.fromVerifierKey(mangled)).as(mangled)
					.isInstanceOf(IllegalArgumentException.class);
			}
		}

		@Test
		void verifierKeyOfTheWrongLengthOrAlgorithmIsRefused() {
			// From note_test.go, with key ids adjusted to the mangled keys. Go's lenient
			// base64 decodes
			// the first and refuses its length; the canonical base64 required here
			// refuses it earlier.
			assertThatThrownBy(() -> NoteVerifier
				.fromVerifierKey("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("the key of verifier key PeterNeumann is not base64");
			assertThatThrownBy(() -> NoteVerifier
				.fromVerifierKey("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("verifier key PeterNeumann is not 0x01 and a 32-byte Ed25519 key");
		}

		@Test
		void everyManglingOfTheSignerKeyIsRefused() {
			for (String mangled : manglings(PETER_SIGNER_KEY)) {
				assertThatThrownBy(() -> NoteSigner.fromSignerKey(mangled)).as(mangled)
					.isInstanceOf(IllegalArgumentException.class);
			}
		}

		@Test
		void generatedKeysRoundTripThroughTheirStrings() throws NoteException {
			NoteSigner signer = NoteSigner.generate("ledger.entente.example");
			NoteSigner reloaded = NoteSigner.fromSignerKey(signer.signerKey());

			assertThat(reloaded.verifierKey()).isEqualTo(signer.verifierKey());
			assertThat(NoteVerifier.fromVerifierKey(signer.verifierKey()).verify(reloaded.sign(TEXT))).isEqualTo(TEXT);
			assertThat(signer.verifier().verify(signer.sign(TEXT))).isEqualTo(TEXT);
		}

		@Test
		void signerDoesNotShowItsSecret() {
			NoteSigner signer = NoteSigner.fromSignerKey(PETER_SIGNER_KEY);

			assertThat(signer).hasToString("NoteSigner[PeterNeumann+c74f20a3]");
		}

		@Test
		void keyNamesWithWhiteSpaceOrPlusAreRefused() {
			for (String name : List.of("", "Peter Neumann", "Peter+Neumann", "Peter\tNeumann", "Peter\u00a0Neumann")) {
				assertThatThrownBy(() -> NoteSigner.generate(name)).as(name)
					.isInstanceOf(IllegalArgumentException.class);
			}
		}

		@Test
		void textsThatWouldNotReadBackAreRefused() {
			NoteSigner signer = NoteSigner.fromSignerKey(PETER_SIGNER_KEY);

			for (String text : List.of("", "no newline", "\nstarts empty\n", "has\n\nan empty line\n",
					"bell\u0007\n")) {
				assertThatThrownBy(() -> signer.sign(text)).as(text).isInstanceOf(IllegalArgumentException.class);
			}
		}

	}

	/**
	 * As note_test.go: every proper substring, and every single character incremented.
	 */
	private static List<String> manglings(String key) {
		List<String> manglings = new ArrayList<>();
		for (int start = 0; start <= key.length(); start++) {
			for (int end = start + 1; end <= key.length(); end++) {
				if (start != 0 || end != key.length()) {
					manglings.add(key.substring(start, end));
				}
			}
		}
		for (int position = 0; position < key.length(); position++) {
			char[] characters = key.toCharArray();
			characters[position]++;
			manglings.add(new String(characters));
		}
		return manglings;
	}

}
