package org.entente.platform;

/**
 * The centre cannot do what was asked at the moment, for a reason the caller cannot fix (for example, the ledger
 * refuses writes after failing its start-up check): answered 503, and nothing was stored.
 */
public class UnavailableException extends RuntimeException {

	public UnavailableException(String message) {
		super(message);
	}

}
