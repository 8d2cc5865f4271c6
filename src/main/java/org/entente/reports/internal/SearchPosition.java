package org.entente.reports.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import org.entente.platform.DecimalNumber;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.Validation;

/**
 * Where the previous page of a search stopped: its order, the last row's sort key as text (a release time, a
 * relevance or a distance, in a form that reads back exactly) and the last row's id. Opaque to callers.
 */
record SearchPosition(SearchOrder order, String key, UUID id) {

	/** Half of WGS84's equator, longer than any geodesic distance between two points. */
	private static final double LONGEST_DISTANCE_METERS = 20_037_509;

	String encode() {
		String plain = this.order.wireName() + "|" + this.key + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	static SearchPosition decode(String text) {
		try {
			String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			String[] parts = plain.split("\\|", 3);
			SearchOrder order = SearchOrder.fromWireName(parts[0]).orElseThrow();
			if (!isKey(order, parts[1])) {
				throw notOurs();
			}
			return new SearchPosition(order, parts[1], UUID.fromString(parts[2]));
		}
		catch (RuntimeException exception) {
			throw notOurs();
		}
	}

	/**
	 * Whether the text is a sort key the order's SQL can take: a cursor is not signed, so a forged key reached
	 * PostgreSQL and failed there (a time it cannot read or store, text that is no {@code real}, a number out of
	 * range) with a 500. The key stays the text the server wrote, which reads back exactly.
	 */
	private static boolean isKey(SearchOrder order, String key) {
		try {
			return switch (order) {
				// A release time, as Instant writes it.
				case TIME -> Validation.isStorable(Instant.parse(key));
				// ts_rank plus word_similarity, a real: never negative.
				case RELEVANCE -> DecimalNumber.parseFloat(key) >= 0;
				// A geodesic distance in metres, a float8: never more than half the equator.
				case DISTANCE -> {
					double metres = DecimalNumber.parse(key);
					yield metres >= 0 && metres <= LONGEST_DISTANCE_METERS;
				}
			};
		}
		catch (DateTimeParseException | NumberFormatException exception) {
			return false;
		}
	}

	static InvalidRequestException notOurs() {
		return new InvalidRequestException("cursor", "format", "is not a cursor this server issued for this order");
	}

}
