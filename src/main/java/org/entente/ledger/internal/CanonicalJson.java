package org.entente.ledger.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.ledger.verification.Envelope;
import org.erdtman.jcs.JsonCanonicalizer;
import org.erdtman.jcs.NumberToJSON;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * RFC 8785 (JCS) canonical JSON of ledger events, so that the bytes committed to in the ledger can be
 * reproduced by any member from the same event.
 * <p>
 * Events are maps of strings, integers, doubles, booleans, lists and maps, which are written canonically in one
 * pass. Any other value is written as before this pass existed: by Jackson, then re-parsed and re-serialised by
 * the erdtman canonicaliser, whose result is byte for byte what the one pass must match. RFC 8785 is
 * compositional (a member's canonical form does not depend on its siblings), so that detour is taken for the
 * one value only.
 */
@Component
class CanonicalJson {

	/** RFC 8785 §3.2.2.3: numbers are IEEE 754 doubles; an integer up to 2^53 is exact and printed in plain. */
	private static final long LARGEST_EXACT_INTEGER = 1L << 53;

	private final JsonMapper mapper = JsonMapper.builder().build();

	String canonical(Map<String, ?> event) {
		StringBuilder json = new StringBuilder(128);
		write(event, json);
		return json.toString();
	}

	private void write(Object value, StringBuilder json) {
		if (value == null) {
			json.append("null");
		}
		else if (value instanceof String text) {
			Envelope.appendJsonString(text, json);
		}
		else if (value instanceof Boolean truth) {
			json.append(truth.booleanValue());
		}
		else if (value instanceof Integer || value instanceof Long || value instanceof Short
				|| value instanceof Byte) {
			writeInteger(((Number) value).longValue(), json);
		}
		else if (value instanceof Double number && Double.isFinite(number)) {
			json.append(serializeNumber(number));
		}
		else if (value instanceof Map<?, ?> map && hasOnlyStringKeys(map)) {
			writeObject(map, json);
		}
		else if (value instanceof List<?> list) {
			writeArray(list, json);
		}
		else {
			json.append(canonicalByJackson(value));
		}
	}

	/** RFC 8785 §3.2.3: members sorted by their names' UTF-16 code units, which is {@link String#compareTo}. */
	private void writeObject(Map<?, ?> map, StringBuilder json) {
		List<String> names = new ArrayList<>(map.size());
		map.keySet().forEach(name -> names.add((String) name));
		names.sort(null);
		json.append('{');
		for (int position = 0; position < names.size(); position++) {
			if (position > 0) {
				json.append(',');
			}
			Envelope.appendJsonString(names.get(position), json);
			json.append(':');
			write(map.get(names.get(position)), json);
		}
		json.append('}');
	}

	private void writeArray(List<?> list, StringBuilder json) {
		json.append('[');
		for (int position = 0; position < list.size(); position++) {
			if (position > 0) {
				json.append(',');
			}
			write(list.get(position), json);
		}
		json.append(']');
	}

	/**
	 * Below 2^53 a long is its double, which ECMAScript prints as plain digits; above, the double it rounds to
	 * (Java's conversion and the canonicaliser's parse both round to nearest) is printed as a double. Not
	 * {@code Math.abs}, which leaves {@code Long.MIN_VALUE} negative.
	 */
	private static void writeInteger(long value, StringBuilder json) {
		if (-LARGEST_EXACT_INTEGER <= value && value <= LARGEST_EXACT_INTEGER) {
			json.append(value);
		}
		else {
			json.append(serializeNumber(value));
		}
	}

	private static boolean hasOnlyStringKeys(Map<?, ?> map) {
		for (Object name : map.keySet()) {
			if (!(name instanceof String)) {
				return false;
			}
		}
		return true;
	}

	/** The value as Jackson writes it, canonicalised; wrapped in an array, as the canonicaliser parses no scalar. */
	private String canonicalByJackson(Object value) {
		try {
			String array = new JsonCanonicalizer(this.mapper.writeValueAsString(List.of(value))).getEncodedString();
			return array.substring(1, array.length() - 1);
		}
		catch (IOException | RuntimeException exception) {
			throw new IllegalArgumentException("the event cannot be canonicalised: " + exception.getMessage(),
					exception);
		}
	}

	/** RFC 8785 §3.2.2.3: ECMAScript's Number.prototype.toString, as the erdtman canonicaliser implements it. */
	private static String serializeNumber(double value) {
		try {
			return NumberToJSON.serializeNumber(value);
		}
		catch (IOException exception) {
			throw new IllegalArgumentException("the event cannot be canonicalised: " + exception.getMessage(),
					exception);
		}
	}

}
