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
			return new Cursor(time, UUID.fromString(parts[2]));
		}
		catch (RuntimeException exception) {
			throw new InvalidRequestException("cursor", "format", "is not a cursor this server issued");
		}
	}

}
