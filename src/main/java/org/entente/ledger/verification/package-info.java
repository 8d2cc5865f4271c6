/**
 * Verification of the Entente ledger by anyone who holds its public envelopes: RFC 9162
 * Merkle tree hashes, inclusion and consistency proofs, and checkpoints as C2SP signed
 * notes.
 * <p>
 * Deliberately uses only JDK classes, so that a member can copy or embed this package in
 * its own systems and check the centre's ledger without trusting the centre's software.
 * The one annotation below declares the package part of the ledger module's published
 * API for Spring Modulith; annotations absent at run time are ignored, so the classes
 * still need nothing but the JDK.
 */
@org.springframework.modulith.NamedInterface("verification")
package org.entente.ledger.verification;
