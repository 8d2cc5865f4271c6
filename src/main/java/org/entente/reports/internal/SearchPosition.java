package org.entente.reports.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.entente.platform.InvalidRequestException;

/**
 * Where the previous page of a search stopped: its order, the last row's sort key as text (a release time, a
 * relevance or a distance, in a form that reads back exactly) and the last row's id. Opaque to callers.
 */
record SearchPosition(SearchOrder order, String key, UUID id) {

	String encode() {
		String plain = this.order.wireName() + "|" + this.key + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	static SearchPosition decode(String text) {
		try {
			String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			String[] parts = plain.split("\\|", 3);
			SearchOrder order = SearchOrder.fromWireName(parts[0]).orElseThrow();
			return new SearchPosition(order, parts[1], UUID.fromString(parts[2]));
		}
		catch (RuntimeException exception) {
			throw notOurs();
		}
	}

	static InvalidRequestException notOurs() {
		return new InvalidRequestException("cursor", "format", "is not a cursor this server issued for this order");
	}

}
