package org.entente.members;

import java.util.Set;

import org.entente.ledger.Actor;

import static java.util.Objects.requireNonNull;

/**
 * The authenticated user behind a request, and the member on whose behalf it acts. Every read is filtered by
 * {@link #member()}.
 */
public record Caller(String member, String username, Set<Role> roles) {

	public static final String CENTRE = "CENTRE";

	public Caller {
		requireNonNull(member, "member is null");
		requireNonNull(username, "username is null");
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isCentreAdmin() {
		return CENTRE.equals(this.member) && has(Role.ADMIN);
	}

	/** Whether this caller may manage the users of the given member. */
	public boolean administers(String memberCode) {
		return isCentreAdmin() || (has(Role.ADMIN) && this.member.equals(memberCode));
	}

	public Actor actor() {
		return new Actor(this.member, this.username);
	}

}
