package org.entente.ledger;

import java.util.List;
import java.util.Map;

/**
 * Appends entries to the ledger. Must be called inside the transaction of the change it records, so that both
 * commit or neither does; the sequence is gap-free because a rollback also gives the numbers back.
 */
public interface Ledger {

	/** Appends one entry and answers its sequence number. */
	long append(LedgerRecord record);

	/** Appends entries in order (one per command of a batch) and answers their sequence numbers. */
	List<Long> appendAll(List<LedgerRecord> records);

	/**
	 * The standard base64 SHA-256 of the RFC 8785 canonical form of some content, as events carry it so that a
	 * recipient can check what it received against the ledger without the ledger holding the content itself.
	 */
	String digest(Map<String, ?> content);

	/** How many entries the ledger holds. */
	long size();

}
