package org.entente.members.internal;

import java.time.Instant;
import java.util.UUID;

/** An API token as its owner and admins see it: never the secret. */
record TokenView(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
