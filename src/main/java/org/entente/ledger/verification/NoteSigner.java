package org.entente.ledger.verification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;

import static java.util.Objects.requireNonNull;

/**
 * Signs notes (https://c2sp.org/signed-note) with an Ed25519 key, as
 * golang.org/x/mod/sumdb/note does, so that its verifiers accept them. For the ledger,
 * the note's text is a {@link Checkpoint#text()}.
 * <p>
 * The private key travels as Go's signer key string,
 * {@code PRIVATE+KEY+<name>+<key id hex>+<base64(0x01 || 32-byte seed)>}. It is a secret:
 * {@link #toString()} leaves it out.
 */
public final class NoteSigner {

	private static final String SIGNER_KEY_PREFIX = "PRIVATE+KEY+";

	private final String name;

	private final byte[] seed;

	private final byte[] publicKey;

	private final int keyId;

	private final PrivateKey privateKey;

	private NoteSigner(String name, byte[] seed) {
		this.name = name;
		this.seed = seed.clone();
		this.publicKey = Ed25519.publicKeyOfSeed(seed);
		this.keyId = NoteFormat.keyId(name, publicKey);
		this.privateKey = Ed25519.privateKey(seed);
	}

	/**
	 * A signer with a new random key.
	 * @param name the key name, without white space or '+', conventionally the log's
	 * origin
	 * @return the signer
	 */
	public static NoteSigner generate(String name) {
		requireName(name);
		KeyPair pair = Ed25519.generate();
		return new NoteSigner(name, Ed25519.seed(pair.getPrivate()));
	}

	/**
	 * A signer from Go's signer key string.
	 * @param signerKey {@code PRIVATE+KEY+<name>+<key id hex>+<base64(0x01 || seed)>}
	 * @return the signer
	 * @throws IllegalArgumentException if the string is malformed or its key id does not
	 * match its key; the message never repeats the secret
	 */
	public static NoteSigner fromSignerKey(String signerKey) {
		requireNonNull(signerKey, "signerKey is null");
		if (!signerKey.startsWith(SIGNER_KEY_PREFIX)) {
			throw new IllegalArgumentException("a signer key starts with " + SIGNER_KEY_PREFIX);
		}
		// The base64 key may itself contain '+': split at the first two only, as Go does.
		String[] parts = signerKey.substring(SIGNER_KEY_PREFIX.length()).split("\\+", 3);
		if (parts.length != 3) {
			throw new IllegalArgumentException("a signer key is PRIVATE+KEY+<name>+<key id>+<key>");
		}
		requireName(parts[0]);
		int keyId = NoteFormat.parseKeyId(parts[1]);
		byte[] typedSeed = NoteFormat.decodeBase64(parts[2]);
		if (typedSeed == null || typedSeed.length != 1 + Ed25519.KEY_SIZE || typedSeed[0] != NoteFormat.ED25519) {
			throw new IllegalArgumentException(
					"the key of signer key " + parts[0] + " is not base64 of 0x01 and a 32-byte seed");
		}
		NoteSigner signer = new NoteSigner(parts[0], Arrays.copyOfRange(typedSeed, 1, typedSeed.length));
		if (signer.keyId != keyId) {
			throw new IllegalArgumentException(
					"signer key " + parts[0] + "+" + parts[1] + " has the wrong key id for its key");
		}
		return signer;
	}

	/**
	 * Signs a text.
	 * @param text non-empty lines, each ending with a newline, none empty, without
	 * control characters
	 * @return the note: the text, an empty line, and the signature line
	 * {@code — <name> <base64(key id || signature)>}
	 */
	public String sign(String text) {
		requireText(text);
		byte[] signature = Ed25519.sign(privateKey, text.getBytes(StandardCharsets.UTF_8));
		byte[] keyIdAndSignature = ByteBuffer.allocate(NoteFormat.KEY_ID_SIZE + signature.length)
			.putInt(keyId)
			.put(signature)
			.array();
		return text + "\n" + NoteFormat.SIGNATURE_PREFIX + name + " "
				+ Base64.getEncoder().encodeToString(keyIdAndSignature) + "\n";
	}

	/** Returns the key name. */
	public String name() {
		return name;
	}

	/**
	 * Returns the key id, the first four bytes of SHA-256(name || 0x0A || 0x01 || public
	 * key).
	 */
	public int keyId() {
		return keyId;
	}

	/**
	 * Returns the public key string
	 * {@code <name>+<key id hex>+<base64(0x01 || public key)>}.
	 */
	public String verifierKey() {
		return name + "+" + NoteFormat.hex(keyId) + "+" + NoteFormat.encodeKey(publicKey);
	}

	/** Returns a verifier of this signer's notes. */
	public NoteVerifier verifier() {
		return NoteVerifier.fromVerifierKey(verifierKey());
	}

	/** Returns Go's signer key string, the secret to keep. */
	public String signerKey() {
		return SIGNER_KEY_PREFIX + name + "+" + NoteFormat.hex(keyId) + "+" + NoteFormat.encodeKey(seed);
	}

	@Override
	public String toString() {
		return "NoteSigner[" + name + "+" + NoteFormat.hex(keyId) + "]";
	}

	private static void requireName(String name) {
		if (!NoteFormat.isValidName(name)) {
			throw new IllegalArgumentException(
					"key name \"" + name + "\" is empty or has white space, '+' or control characters");
		}
	}

	/**
	 * A signed text must read back the same from the note: it ends with a newline and has
	 * no empty line, since the verifier takes the last empty line for the end of the
	 * text.
	 */
	private static void requireText(String text) {
		requireNonNull(text, "text is null");
		if (text.isEmpty() || !text.endsWith("\n") || text.startsWith("\n") || text.contains("\n\n")) {
			throw new IllegalArgumentException(
					"a note's text is one or more non-empty lines, each ending with a newline");
		}
		if (text.codePoints().anyMatch(NoteFormat::isForbiddenInNote)) {
			throw new IllegalArgumentException("a note's text has no control characters other than newline");
		}
	}

}
