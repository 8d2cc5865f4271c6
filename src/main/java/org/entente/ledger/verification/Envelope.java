package org.entente.ledger.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

import static java.util.Objects.requireNonNull;

/**
 * The public envelope of a ledger entry: its sequence number, time, type and commitment,
 * as the RFC 8785 canonical JSON object {@code {"commitment","seq","time","type"}}. The
 * envelope's UTF-8 bytes are the leaf input of the entry in the Merkle tree, so anyone
 * may check the tree while the event itself stays with those who may see it.
 *
 * @param seq the entry's sequence number, which is its leaf index
 * @param time when it was recorded, as {@link DateTimeFormatter#ISO_INSTANT} writes it
 * @param type what kind of change, e.g. {@code report.submitted}
 * @param commitment SHA-256(salt || canonical event); copied in and out, since arrays are
 * mutable
 */
public record Envelope(long seq, String time, String type, byte[] commitment) {

	public Envelope {
		requireNonNull(time, "time is null");
		requireNonNull(type, "type is null");
		requireNonNull(commitment, "commitment is null");
		if (seq < 0) {
			throw new IllegalArgumentException("seq " + seq + " is negative");
		}
		if (commitment.length != MerkleHashes.HASH_SIZE) {
			throw new IllegalArgumentException(
					"commitment has " + commitment.length + " bytes, a SHA-256 has " + MerkleHashes.HASH_SIZE);
		}
		commitment = commitment.clone();
	}

	/**
	 * The envelope of an entry from what the ledger stores of it.
	 * @param seq the sequence number
	 * @param time the recorded time, truncated to what the database keeps
	 * @param type the entry's type
	 * @param salt the entry's 32 random bytes
	 * @param canonicalEvent the event in RFC 8785 canonical form
	 * @return the envelope
	 */
	public static Envelope of(long seq, Instant time, String type, byte[] salt, String canonicalEvent) {
		return new Envelope(seq, DateTimeFormatter.ISO_INSTANT.format(time), type, commitment(salt, canonicalEvent));
	}

	/**
	 * The commitment to an event: SHA-256(salt || UTF-8 bytes of the canonical event).
	 * The salt keeps a guessable event (a short acknowledgement, say) from being found by
	 * hashing candidates against the public commitment.
	 * @param salt the entry's salt
	 * @param canonicalEvent the event in RFC 8785 canonical form
	 * @return the 32-byte commitment
	 */
	public static byte[] commitment(byte[] salt, String canonicalEvent) {
		requireNonNull(salt, "salt is null");
		requireNonNull(canonicalEvent, "canonicalEvent is null");
		MessageDigest digest = MerkleHashes.sha256();
		digest.update(salt);
		digest.update(canonicalEvent.getBytes(StandardCharsets.UTF_8));
		return digest.digest();
	}

	@Override
	public byte[] commitment() {
		return commitment.clone();
	}

	/**
	 * Returns the canonical JSON text. RFC 8785 §3.2.3 orders members by their names'
	 * UTF-16 code units, so "commitment" &lt; "seq" &lt; "time" &lt; "type"; §3.2.2.3 writes
	 * an integer below 2<sup>53</sup> in plain decimal.
	 */
	public String text() {
		return "{\"commitment\":" + jsonString(Base64.getEncoder().encodeToString(commitment)) + ",\"seq\":" + seq
				+ ",\"time\":" + jsonString(time) + ",\"type\":" + jsonString(type) + "}";
	}

	/** Returns the bytes that are hashed: the UTF-8 of {@link #text()}. */
	public byte[] bytes() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

	/** Returns the entry's leaf hash, RFC 9162 §2.1.1 SHA-256(0x00 || envelope). */
	public byte[] leafHash() {
		return MerkleHashes.leafHash(bytes());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Envelope that && text().equals(that.text());
	}

	@Override
	public int hashCode() {
		return text().hashCode();
	}

	@Override
	public String toString() {
		return text();
	}

	static String jsonString(String value) {
		StringBuilder json = new StringBuilder(value.length() + 2);
		appendJsonString(value, json);
		return json.toString();
	}

	/**
	 * RFC 8785 §3.2.2.2: a string as ECMAScript's JSON.stringify writes it: quotation
	 * mark and backslash escaped, the five control characters with a short escape as
	 * such, other control characters as lower-case backslash-u escapes, everything else as it
	 * is (lone surrogates included).
	 *
	 * @param value the string
	 * @param json where its JSON form is appended
	 */
	public static void appendJsonString(String value, StringBuilder json) {
		json.append('"');
		for (int position = 0; position < value.length(); position++) {
			char c = value.charAt(position);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
