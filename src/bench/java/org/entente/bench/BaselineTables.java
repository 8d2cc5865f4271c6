package org.entente.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Scratch tables of the same shape as the application's report and location tables (columns, checks and
 * indexes; not the foreign keys), which the baselines write to so that the application's data stays as the
 * application wrote it.
 */
final class BaselineTables {

	static final String REPORT = "bench_report";

	static final String LOCATION = "bench_location";

	private BaselineTables() {
	}

	static void create(BenchDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists " + REPORT + " (like report including all)");
			statement.execute("create table if not exists " + LOCATION + " (like location including all)");
		}
	}

}
