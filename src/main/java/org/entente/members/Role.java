package org.entente.members;

import java.util.Locale;

/** What a user may do for its member. */
public enum Role {

	/** Manages the member's users, tokens, webhooks and subscriptions. */
	ADMIN,
	/** Centre staff: watches the flow, runs statistics, drafts communiqués. */
	OFFICER,
	/** Writes and reads reports, records outcomes. */
	ANALYST,
	/** Reads and verifies the ledger. */
	AUDITOR;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public static Role fromWireName(String name) {
		for (Role role : values()) {
			if (role.wireName().equals(name)) {
				return role;
			}
		}
		throw new IllegalArgumentException("unknown role: " + name);
	}

}
