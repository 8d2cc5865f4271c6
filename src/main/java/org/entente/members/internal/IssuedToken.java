package org.entente.members.internal;

import java.util.UUID;

/** A new API token: the secret is in this answer and nowhere else, ever. */
record IssuedToken(UUID id, String token) {
}
