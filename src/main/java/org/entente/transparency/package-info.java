/**
 * The ledger as members see it over HTTP: signed checkpoints, the key to verify them, every public envelope,
 * Merkle proofs, and the full entries each member may see by need-to-know.
 * <p>
 * A module of its own because need-to-know asks {@code reports} and {@code members}, which both append to the
 * ledger: serving the ledger from inside {@code ledger} would make a cycle.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "ledger", "members", "reports", "platform" })
@org.jspecify.annotations.NullMarked
package org.entente.transparency;
