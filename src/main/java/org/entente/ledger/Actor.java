package org.entente.ledger;

import static java.util.Objects.requireNonNull;

/**
 * Who made a change: a member and, unless the centre itself acted, one of its users.
 */
public record Actor(String member, String username) {

	public Actor {
		requireNonNull(member, "member is null");
	}

	/** The centre acting on its own, e.g. at start-up. */
	public static Actor system() {
		return new Actor("CENTRE", null);
	}

}
