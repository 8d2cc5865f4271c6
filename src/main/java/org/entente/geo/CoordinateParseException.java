package org.entente.geo;

import java.io.Serial;

/**
 * Thrown when a text is not exactly one coordinate in a notation Entente reads; the message says what was expected
 * or which rule the text breaks, so that it can be shown to the person who typed it.
 */
public class CoordinateParseException extends IllegalArgumentException {

	@Serial
	private static final long serialVersionUID = 1L;

	public CoordinateParseException(String message) {
		super(message);
	}

	public CoordinateParseException(String message, Throwable cause) {
		super(message, cause);
	}

}
