/**
 * Verification of the Entente ledger by anyone who holds its public envelopes: RFC 9162
 * Merkle tree hashes, inclusion and consistency proofs, and checkpoints as C2SP signed
 * notes.
 * <p>
 * Deliberately uses only JDK classes, so that a member can copy or embed this package in
 * its own systems and check the centre's ledger without trusting the centre's software.
 */
package org.entente.ledger.verification;
