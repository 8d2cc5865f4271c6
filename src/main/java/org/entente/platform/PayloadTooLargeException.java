package org.entente.platform;

/** A request body over its configured limit: answered 413, and nothing of it is stored. */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(long limit) {
		super("the request body is larger than the limit of " + limit + " bytes");
	}

}
