package org.entente.platform;

import java.util.List;

/**
 * One page of a list, as every list of the API answers: the items and the cursor of the next page, or
 * {@code null} on the last.
 */
public record Page<T>(List<T> items, String next) {

	public static final int DEFAULT_LIMIT = 100;

	public static final int MAXIMUM_LIMIT = 1000;

	/** The page size a caller asked for, checked against the contract's bounds. */
	public static int limit(Integer requested) {
		Validation validation = new Validation();
		int limit = validation.limit(requested);
		validation.throwIfFailed();
		return limit;
	}

}
