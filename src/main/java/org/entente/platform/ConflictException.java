package org.entente.platform;

/** A request that is well formed but clashes with the current state: answered 409. */
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
