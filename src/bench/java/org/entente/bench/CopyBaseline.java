package org.entente.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
			String reportColumns = storedColumns(connection, "report", "r");
			String locationColumns = storedColumns(connection, "location", "l");
			byte[] reports = export(copy, "select " + reportColumns + " from report r where " + window);
			byte[] locations = export(copy, "select " + locationColumns
					+ " from location l join report r on r.id = l.report_id where " + window);
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			long copied = copy.copyIn("copy " + BaselineTables.REPORT + " (" + reportColumns.replace("r.", "") + ") from stdin",
					new ByteArrayInputStream(reports));
			copy.copyIn("copy " + BaselineTables.LOCATION + " (" + locationColumns.replace("l.", "") + ") from stdin",
					new ByteArrayInputStream(locations));
			connection.commit();
			return Figure.throughput(copied, 0, System.nanoTime() - start);
		}
	}

	/**
	 * The table's columns that rows carry, as {@code alias.column, …}: a generated column (the report's
	 * search_vector) is computed by the scratch table too, as COPY into the application's table would.
	 */
	private static String storedColumns(Connection connection, String table, String alias) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
				order by ordinal_position
				""")) {
			statement.setString(1, table);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					columns.add(alias + "." + rows.getString(1));
				}
			}
		}
		return String.join(", ", columns);
	}

	private static byte[] export(CopyManager copy, String query) throws Exception {
		ByteArrayOutputStream rows = new ByteArrayOutputStream();
		copy.copyOut("copy (" + query + ") to stdout", rows);
		return rows.toByteArray();
	}

}
