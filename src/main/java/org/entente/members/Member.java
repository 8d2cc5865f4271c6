package org.entente.members;

import java.time.Instant;

/** A partner organisation of the centre. */
public record Member(String code, String name, boolean active, Instant createdAt) {
}
