package org.entente.platform;

/**
 * Something the caller asked for that does not exist or that the caller may not see: the two answer alike, so
 * that need-to-know leaks nothing.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
