/**
 * The append-only, tamper-evident record of every state change: one entry per command, written in the
 * command's own transaction.
 */
@org.jspecify.annotations.NullMarked
package org.entente.ledger;
