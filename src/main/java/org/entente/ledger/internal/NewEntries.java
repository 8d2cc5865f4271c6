package org.entente.ledger.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.entente.ledger.LedgerRecord;
import org.entente.ledger.verification.Envelope;

/**
 * Entries about to be appended, with everything that does not depend on where they land: canonical events,
 * salts, commitments, the time. Their sequence numbers, and so their envelopes and leaf hashes, are known only
 * once the append has its position, and are worked out again if it has to move.
 */
final class NewEntries {

	private static final int SALT_SIZE = 32;

	private final List<LedgerRecord> records;

	private final List<String> events;

	private final byte[][] salts;

	private final List<byte[]> commitments;

	private final Instant time;

	private final String timeText;

	private NewEntries(List<LedgerRecord> records, List<String> events, byte[][] salts, Instant time) {
		this.records = records;
		this.events = events;
		this.salts = salts;
		this.time = time;
		// The envelope's time as it will be read back: ISO-8601 of the stored microseconds.
		this.timeText = DateTimeFormatter.ISO_INSTANT.format(time);
		this.commitments = new ArrayList<>(records.size());
		for (int index = 0; index < records.size(); index++) {
			this.commitments.add(Envelope.commitment(salts[index], events.get(index)));
		}
	}

	/**
	 * The salts come from one draw for the whole batch: a SecureRandom call has a fixed cost (a lock and a read
	 * of the operating system's source), and 32·n bytes from one call are as random as n draws of 32.
	 */
	static NewEntries of(List<LedgerRecord> records, CanonicalJson canonicalJson, SecureRandom random,
			Instant time) {
		List<String> events = new ArrayList<>(records.size());
		records.forEach(record -> events.add(canonicalJson.canonical(record.event())));
		byte[] drawn = new byte[SALT_SIZE * records.size()];
		random.nextBytes(drawn);
		byte[][] salts = new byte[records.size()][];
		for (int index = 0; index < records.size(); index++) {
			salts[index] = Arrays.copyOfRange(drawn, index * SALT_SIZE, (index + 1) * SALT_SIZE);
		}
		return new NewEntries(List.copyOf(records), events, salts, time);
	}

	int size() {
		return this.records.size();
	}

	Instant time() {
		return this.time;
	}

	/** RFC 9162 §2.1.1: the leaf hashes of the entries' envelopes when the first lands at {@code first}. */
	List<byte[]> leafHashes(long first) {
		List<byte[]> leaves = new ArrayList<>(size());
		for (int index = 0; index < size(); index++) {
			leaves.add(new Envelope(first + index, this.timeText, this.records.get(index).type(),
					this.commitments.get(index)).leafHash());
		}
		return leaves;
	}

	LedgerRecord record(int index) {
		return this.records.get(index);
	}

	String event(int index) {
		return this.events.get(index);
	}

	byte[] salt(int index) {
		return this.salts[index].clone();
	}

	String[] column(Function<LedgerRecord, String> value) {
		return this.records.stream().map(value).toArray(String[]::new);
	}

	String[] events() {
		return this.events.toArray(String[]::new);
	}

	byte[][] salts() {
		return this.salts.clone();
	}

}
