package org.entente.ledger;

import static java.util.Objects.requireNonNull;

/**
 * What an entry is about, so that the entry's full event can be shown exactly to those who may see that thing.
 *
 * @param type e.g. {@code report}, {@code member}, {@code user}
 * @param id the thing's identifier
 */
public record Subject(String type, String id) {

	public Subject {
		requireNonNull(type, "type is null");
		requireNonNull(id, "id is null");
	}

	public static Subject report(Object id) {
		return new Subject("report", id.toString());
	}

	public static Subject member(String code) {
		return new Subject("member", code);
	}

	public static Subject user(String username) {
		return new Subject("user", username);
	}

}
