package org.entente.ledger.verification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The rules of C2SP signed-note (https://c2sp.org/signed-note) shared by
 * {@link NoteSigner} and {@link NoteVerifier}, written to agree with
 * golang.org/x/mod/sumdb/note.
 */
final class NoteFormat {

	/** A signature line starts with U+2014 EM DASH and a space. */
	static final String SIGNATURE_PREFIX = "\u2014 ";

	/** The signature type byte of Ed25519 keys, which prefixes the key in key strings. */
	static final byte ED25519 = 0x01;

	static final int KEY_ID_SIZE = 4;

	private NoteFormat() {
	}

	/**
	 * A key name is non-empty and has neither white space nor '+', so that it ends at the
	 * first space of a signature line and at the first '+' of a key string.
	 */
	static boolean isValidName(String name) {
		if (name == null || name.isEmpty()) {
			return false;
		}
		return name.codePoints()
			.noneMatch(c -> c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c)
					|| Character.isISOControl(c) || isUnpairedSurrogate(c));
	}

	/**
	 * The key id: the first four bytes, big-endian, of SHA-256(name || 0x0A || type ||
	 * public key), so that a verifier finds its signature among others without trying
	 * each.
	 */
	static int keyId(String name, byte[] publicKey) {
		MessageDigest digest = MerkleHashes.sha256();
		digest.update(name.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) '\n');
		digest.update(ED25519);
		digest.update(publicKey);
		return ByteBuffer.wrap(digest.digest()).getInt();
	}

	/** The key id as in key strings: eight lower-case hexadecimal digits. */
	static String hex(int keyId) {
		return String.format("%08x", keyId);
	}

	/**
	 * The key id of a key string: exactly eight hexadecimal digits, as Go requires; Go
	 * writes them in lower case and, parsing with strconv, accepts upper case too.
	 */
	static int parseKeyId(String hex) {
		if (!hex.matches("[0-9a-fA-F]{8}")) {
			throw new IllegalArgumentException("key id \"" + hex + "\" is not eight hexadecimal digits");
		}
		return (int) Long.parseLong(hex, 16);
	}

	/** {@code type || key}, base64, as in key strings. */
	static String encodeKey(byte[] key) {
		byte[] typed = new byte[key.length + 1];
		typed[0] = ED25519;
		System.arraycopy(key, 0, typed, 1, key.length);
		return Base64.getEncoder().encodeToString(typed);
	}

	/**
	 * Standard base64 with padding, in its one canonical spelling. Java's decoder alone
	 * would also take a missing padding and non-zero spare bits; re-encoding refuses
	 * those, so that a key, signature or hash has exactly one accepted text.
	 * @return the bytes, or null if {@code text} is not canonical base64
	 */
	static byte[] decodeBase64(String text) {
		try {
			byte[] bytes = Base64.getDecoder().decode(text);
			return Base64.getEncoder().encodeToString(bytes).equals(text) ? bytes : null;
		}
		catch (IllegalArgumentException exception) {
			return null;
		}
	}

	/**
	 * Whether a note may not contain {@code c}: as golang.org/x/mod/sumdb/note, a control
	 * character below U+0020 other than newline, or what cannot be UTF-8 (an unpaired
	 * surrogate).
	 */
	static boolean isForbiddenInNote(int c) {
		return (c < 0x20 && c != '\n') || isUnpairedSurrogate(c);
	}

	/**
	 * String.codePoints() yields an unpaired surrogate as itself; paired ones become one
	 * code point.
	 */
	private static boolean isUnpairedSurrogate(int c) {
		return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
	}

}
