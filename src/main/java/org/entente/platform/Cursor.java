package org.entente.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position (a time and an id, in descending order) made opaque for callers, so that pages stay stable
 * while new rows arrive.
 */
public record Cursor(Instant time, UUID id) {

	public String encode() {
		String plain = this.time.getEpochSecond() + "." + this.time.getNano() + "." + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	public static Cursor decode(String text) {
		try {
			String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			String[] parts = plain.split("\\.", 3);
			Instant time = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
			if (!Validation.isStorable(time)) {
				// Only a forged cursor holds such a time, and PostgreSQL would refuse it with a 500.
				throw notOurs();
			}
			return new Cursor(time, UUID.fromString(parts[2]));
		}
		catch (RuntimeException exception) {
			throw notOurs();
		}
	}

	/**
	 * The cursor a caller sent, if any, checked with the request's other parameters: {@code null} when none was
	 * sent and when it is not one of ours, which is then rejected.
	 */
	public static Cursor decode(Validation validation, String text) {
		if (text == null) {
			return null;
		}
		try {
			return decode(text);
		}
		catch (InvalidRequestException exception) {
			validation.reject(exception);
			return null;
		}
	}

	private static InvalidRequestException notOurs() {
		return new InvalidRequestException("cursor", "format", "is not a cursor this server issued");
	}

}
