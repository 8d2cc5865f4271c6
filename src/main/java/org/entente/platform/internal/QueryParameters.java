package org.entente.platform.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a raw query string as the servlet container does (application/x-www-form-urlencoded, UTF-8), only to
 * name the parameters it cannot decode: the container refuses the whole query without saying which.
 */
final class QueryParameters {

	private QueryParameters() {
	}

	/**
	 * The names of the parameters whose name or value is not percent-encoded UTF-8, in order; a name that cannot
	 * be decoded itself is given as it was sent.
	 */
	static List<String> undecodable(String query) {
		if (query == null || query.isEmpty()) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			String decodedName = decode(name);
			if (decodedName == null) {
				names.add(name);
			}
			else if (decode(value) == null) {
				names.add(decodedName);
			}
		}
		return names;
	}

	/** The decoded text, or {@code null} when a percent escape is malformed or the bytes are not UTF-8. */
	private static String decode(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char character = encoded.charAt(i);
			if (character == '%') {
				if (i + 2 >= encoded.length() || !HexFormat.isHexDigit(encoded.charAt(i + 1))
						|| !HexFormat.isHexDigit(encoded.charAt(i + 2))) {
					return null;
				}
				bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
				i += 2;
			}
			else if (character == '+') {
				bytes.write(' ');
			}
			else {
				bytes.writeBytes(String.valueOf(character).getBytes(StandardCharsets.UTF_8));
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException exception) {
			return null;
		}
	}

}
