package org.entente.ledger.internal;

import java.io.IOException;
import java.util.Map;

import org.erdtman.jcs.JsonCanonicalizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * RFC 8785 (JCS) canonical JSON of ledger events, so that the bytes committed to in the ledger can be
 * reproduced by any member from the same event.
 */
@Component
class CanonicalJson {

	private final JsonMapper mapper = JsonMapper.builder().build();

	String canonical(Map<String, ?> event) {
		try {
			return new JsonCanonicalizer(this.mapper.writeValueAsString(event)).getEncodedString();
		}
		catch (IOException exception) {
			throw new IllegalArgumentException("the event cannot be canonicalised: " + exception.getMessage(),
					exception);
		}
	}

}
