package org.entente.ledger.verification;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;

import static java.util.Objects.requireNonNull;

/**
 * Verifies notes (https://c2sp.org/signed-note) signed with one Ed25519 key, such as the
 * centre's checkpoints, with the rules of golang.org/x/mod/sumdb/note: the note is its
 * text, an empty line, and one to 100 signature lines
 * {@code — <name> <base64(key id || signature)>}. Signatures by other keys (a witness's
 * cosignature, say) are ignored; every signature by this key must verify, and there must
 * be at least one.
 */
public final class NoteVerifier {

	/**
	 * Go refuses notes with more signatures than this, to bound the work of opening one.
	 */
	private static final int MAXIMUM_SIGNATURES = 100;

	private final String name;

	private final int keyId;

	private final byte[] rawPublicKey;

	private final PublicKey publicKey;

	private NoteVerifier(String name, int keyId, byte[] rawPublicKey) {
		this.name = name;
		this.keyId = keyId;
		this.rawPublicKey = rawPublicKey.clone();
		this.publicKey = Ed25519.publicKey(rawPublicKey);
	}

	/**
	 * A verifier from a verifier key string, as the centre publishes it.
	 * @param verifierKey {@code <name>+<key id hex>+<base64(0x01 || 32-byte public key)>}
	 * @return the verifier
	 * @throws IllegalArgumentException if the string is malformed, of another signature
	 * type, or its key id does not match its name and key
	 */
	public static NoteVerifier fromVerifierKey(String verifierKey) {
		requireNonNull(verifierKey, "verifierKey is null");
		// The base64 key may itself contain '+': split at the first two only, as Go does.
		String[] parts = verifierKey.split("\\+", 3);
		if (parts.length != 3) {
			throw new IllegalArgumentException("a verifier key is <name>+<key id>+<key>");
		}
		if (!NoteFormat.isValidName(parts[0])) {
			throw new IllegalArgumentException(
					"key name \"" + parts[0] + "\" is empty or has white space, '+' or control characters");
		}
		int keyId = NoteFormat.parseKeyId(parts[1]);
		byte[] typedKey = NoteFormat.decodeBase64(parts[2]);
		if (typedKey == null || typedKey.length == 0) {
			throw new IllegalArgumentException("the key of verifier key " + parts[0] + " is not base64");
		}
		if (typedKey[0] != NoteFormat.ED25519 || typedKey.length != 1 + Ed25519.KEY_SIZE) {
			throw new IllegalArgumentException("verifier key " + parts[0] + " is not 0x01 and a 32-byte Ed25519 key");
		}
		byte[] rawPublicKey = Arrays.copyOfRange(typedKey, 1, typedKey.length);
		if (NoteFormat.keyId(parts[0], rawPublicKey) != keyId) {
			throw new IllegalArgumentException(
					"verifier key " + parts[0] + "+" + parts[1] + " has the wrong key id for its key");
		}
		return new NoteVerifier(parts[0], keyId, rawPublicKey);
	}

	/**
	 * Verifies a note received as bytes, which must be UTF-8.
	 * @param note the note
	 * @return its text, without the signatures
	 * @throws NoteException if the note is malformed or not validly signed by this key
	 */
	public String verify(byte[] note) throws NoteException {
		requireNonNull(note, "note is null");
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(note))
				.toString();
			return verify(text);
		}
		catch (CharacterCodingException exception) {
			throw new NoteException("malformed note: it is not UTF-8");
		}
	}

	/**
	 * Verifies a note.
	 * @param note the note
	 * @return its text, without the signatures: for a checkpoint, what
	 * {@link Checkpoint#parse} takes
	 * @throws NoteException if the note is malformed or not validly signed by this key
	 */
	public String verify(String note) throws NoteException {
		requireNonNull(note, "note is null");
		if (note.codePoints().anyMatch(NoteFormat::isForbiddenInNote)) {
			throw new NoteException("malformed note: it has a control character other than newline");
		}
		// The text ends at the last empty line, so that no signature line can pose as
		// text.
		int split = note.lastIndexOf("\n\n");
		if (split < 0) {
			throw new NoteException("malformed note: no empty line separates the text from the signatures");
		}
		String text = note.substring(0, split + 1);
		String signatures = note.substring(split + 2);
		if (signatures.isEmpty() || !signatures.endsWith("\n")) {
			throw new NoteException("malformed note: the signatures do not end with a newline");
		}
		requireSignature(text, signatures.substring(0, signatures.length() - 1).split("\n", -1));
		return text;
	}

	/**
	 * Verifies a note and parses its text as a checkpoint.
	 * @param note the signed checkpoint
	 * @return the checkpoint
	 * @throws NoteException if the note is malformed, not validly signed by this key, or
	 * not a checkpoint
	 */
	public Checkpoint verifyCheckpoint(String note) throws NoteException {
		return Checkpoint.parse(verify(note));
	}

	/** Returns the key name. */
	public String name() {
		return name;
	}

	/** Returns the key id. */
	public int keyId() {
		return keyId;
	}

	/**
	 * Returns the verifier key string
	 * {@code <name>+<key id hex>+<base64(0x01 || public key)>}.
	 */
	public String verifierKey() {
		return name + "+" + NoteFormat.hex(keyId) + "+" + NoteFormat.encodeKey(rawPublicKey);
	}

	@Override
	public String toString() {
		return "NoteVerifier[" + name + "+" + NoteFormat.hex(keyId) + "]";
	}

	private void requireSignature(String text, String[] lines) throws NoteException {
		if (lines.length > MAXIMUM_SIGNATURES) {
			throw new NoteException("malformed note: it has more than " + MAXIMUM_SIGNATURES + " signatures");
		}
		byte[] message = text.getBytes(StandardCharsets.UTF_8);
		boolean verified = false;
		for (String line : lines) {
			SignatureLine signature = SignatureLine.parse(line);
			if (signature.name().equals(name) && signature.keyId() == keyId) {
				if (!Ed25519.verify(publicKey, message, signature.signature())) {
					throw new NoteException("invalid signature for key " + name + "+" + NoteFormat.hex(keyId));
				}
				verified = true;
			}
		}
		if (!verified) {
			throw new NoteException("the note has no signature by key " + name + "+" + NoteFormat.hex(keyId));
		}
	}

	/** One line {@code — <name> <base64(key id || signature)>}, without its newline. */
	private record SignatureLine(String name, int keyId, byte[] signature) {

		static SignatureLine parse(String line) throws NoteException {
			if (!line.startsWith(NoteFormat.SIGNATURE_PREFIX)) {
				throw new NoteException("malformed note: a signature line does not start with \"\u2014 \"");
			}
			String rest = line.substring(NoteFormat.SIGNATURE_PREFIX.length());
			int space = rest.indexOf(' ');
			if (space < 0) {
				throw new NoteException("malformed note: a signature line has no space between name and signature");
			}
			String name = rest.substring(0, space);
			byte[] keyIdAndSignature = NoteFormat.decodeBase64(rest.substring(space + 1));
			// Go requires the key id and at least one byte of signature.
			if (!NoteFormat.isValidName(name) || keyIdAndSignature == null
					|| keyIdAndSignature.length <= NoteFormat.KEY_ID_SIZE) {
				throw new NoteException("malformed note: a signature line has an invalid name or signature");
			}
			ByteBuffer buffer = ByteBuffer.wrap(keyIdAndSignature);
			int keyId = buffer.getInt();
			byte[] signature = new byte[buffer.remaining()];
			buffer.get(signature);
			return new SignatureLine(name, keyId, signature);
		}

	}

}
