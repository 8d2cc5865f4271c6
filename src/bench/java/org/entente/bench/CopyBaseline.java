package org.entente.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.time.Instant;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The ingest baseline: a raw COPY of the very report and location rows that the pipeline stored in a window
 * of time, into scratch tables of the same shape. The rows are read out first, untimed, so the timed part is
 * only what a bulk loader that skipped everything else would do.
 */
final class CopyBaseline {

	private CopyBaseline() {
	}

	/** Copies the rows of the reports stored between {@code from} and {@code to}; the figure counts reports. */
	static Figure copy(BenchDatabase database, Instant from, Instant to) throws Exception {
		String window = "r.submitted_at between '%s'::timestamptz and '%s'::timestamptz".formatted(from, to);
		try (Connection connection = database.connect()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			byte[] reports = export(copy, "select r.* from report r where " + window);
			byte[] locations = export(copy,
					"select l.* from location l join report r on r.id = l.report_id where " + window);
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			long copied = copy.copyIn("copy " + BaselineTables.REPORT + " from stdin", new ByteArrayInputStream(reports));
			copy.copyIn("copy " + BaselineTables.LOCATION + " from stdin", new ByteArrayInputStream(locations));
			connection.commit();
			return Figure.throughput(copied, 0, System.nanoTime() - start);
		}
	}

	private static byte[] export(CopyManager copy, String query) throws Exception {
		ByteArrayOutputStream rows = new ByteArrayOutputStream();
		copy.copyOut("copy (" + query + ") to stdout", rows);
		return rows.toByteArray();
	}

}
