package org.entente.platform;

/** The caller is known but its role or member does not allow the action: answered 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
