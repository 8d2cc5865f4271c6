package org.entente.ledger.verification;

/**
 * A signed note or the checkpoint in it was refused: malformed, not signed by the
 * expected key, or with a signature that does not verify. The message says which.
 */
public class NoteException extends Exception {

	private static final long serialVersionUID = 1L;

	public NoteException(String message) {
		super(message);
	}

}
