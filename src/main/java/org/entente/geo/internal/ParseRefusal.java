package org.entente.geo.internal;

import org.entente.geo.CoordinateParseException;

/**
 * The wording of parse failures, kept in one place so that every notation answers alike.
 */
public final class ParseRefusal {

	private static final String PREFIX = "not a recognised coordinate: ";

	private static final String EXPECTED = "expected decimal degrees, degrees and decimal minutes, DMS, MGRS or UTM";

	private ParseRefusal() {
	}

	/**
	 * A refusal for text that does not look like any notation we read.
	 */
	public static CoordinateParseException notRecognised() {
		return new CoordinateParseException(PREFIX + EXPECTED);
	}

	/**
	 * A refusal that names the rule the text breaks.
	 */
	public static CoordinateParseException because(String reason) {
		return new CoordinateParseException(PREFIX + reason);
	}

	/**
	 * A refusal for a failure inside a conversion library, so that its exception type never reaches callers.
	 */
	public static CoordinateParseException because(String reason, RuntimeException cause) {
		return new CoordinateParseException(PREFIX + reason, cause);
	}

}
