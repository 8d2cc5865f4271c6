package org.entente.ledger.verification;

/**
 * A Merkle inclusion or consistency proof did not verify. The message names what failed:
 * an argument out of range, a hash of the wrong size, a proof of the wrong length, or a
 * computed root that differs from the expected one.
 * <p>
 * Checked, because a proof that fails is an expected outcome an auditor must handle, not
 * a bug.
 */
public class ProofException extends Exception {

	private static final long serialVersionUID = 1L;

	public ProofException(String message) {
		super(message);
	}

}
