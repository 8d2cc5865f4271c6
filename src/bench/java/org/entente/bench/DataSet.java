package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The reports stored so far, as the harness knows them from the API's answers: enough to pick a report and a
 * member that may read it, and to keep numbering the synthetic reports where the last run of them stopped.
 */
final class DataSet {

	private final List<StoredReport> reports = new ArrayList<>();

	private long nextNumber;

	synchronized long takeNumbers(int count) {
		long first = this.nextNumber;
		this.nextNumber += count;
		return first;
	}

	synchronized void add(StoredReport report) {
		this.reports.add(report);
	}

	synchronized int size() {
		return this.reports.size();
	}

	synchronized StoredReport any(SplittableRandom random) {
		return this.reports.get(random.nextInt(this.reports.size()));
	}

	synchronized StoredReport at(int index) {
		return this.reports.get(index);
	}

	/**
	 * A report the application stored.
	 *
	 * @param reader the member that reads it in the read scenarios (a recipient, unless it has none)
	 */
	record StoredReport(UUID id, String originator, String reader) {
	}

}
