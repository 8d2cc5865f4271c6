package org.entente.members.internal;

import java.time.Instant;
import java.util.Set;

import org.entente.members.Role;

/** A user as stored; the password hash never leaves this module. */
record UserAccount(String username, String member, String passwordHash, Set<Role> roles, boolean active,
		Instant createdAt) {
}
