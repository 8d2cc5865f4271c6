package org.entente.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The indexes and foreign keys of the tables a bulk load fills, taken off before it and put back after: building
 * an index once over sorted data is far cheaper than keeping it up row by row (a GIN index over a million
 * tsvectors most of all), and checking a foreign key once by a join is cheaper than per row. Each is put back
 * from the definition PostgreSQL gave for it ({@code pg_indexes.indexdef}, {@code pg_get_constraintdef}), so
 * whatever the migrations define is what the benchmark measures. Primary keys and unique constraints stay, as
 * other tables' foreign keys hang on them.
 */
final class SecondaryIndexes {

	/** Memory for each index build: a GIN build that fits in it writes its posting lists once. */
	private static final String BUILD_MEMORY = "512MB";

	private final List<Definition> indexes;

	private final List<Definition> foreignKeys;

	private SecondaryIndexes(List<Definition> indexes, List<Definition> foreignKeys) {
		this.indexes = indexes;
		this.foreignKeys = foreignKeys;
	}

	/** Saves the definitions of the tables' secondary indexes and foreign keys, then drops them. */
	static SecondaryIndexes drop(Connection connection, List<String> tables) throws SQLException {
		String names = String.join(",", tables.stream().map((table) -> "'" + table + "'::regclass").toList());
		List<Definition> indexes = definitions(connection, """
				select i.indexrelid::regclass::text, i.indrelid::regclass::text, pg_get_indexdef(i.indexrelid)
				from pg_index i
				where i.indrelid in (%s)
				  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
				order by 1
				""".formatted(names));
		List<Definition> foreignKeys = definitions(connection, """
				select conname, conrelid::regclass::text, pg_get_constraintdef(oid) from pg_constraint
				where contype = 'f' and conrelid in (%s) order by 1
				""".formatted(names));
		try (Statement statement = connection.createStatement()) {
			for (Definition foreignKey : foreignKeys) {
				statement.execute("alter table " + foreignKey.table() + " drop constraint " + foreignKey.name());
			}
			for (Definition index : indexes) {
				statement.execute("drop index " + index.name());
			}
		}
		return new SecondaryIndexes(indexes, foreignKeys);
	}

	List<Definition> indexes() {
		return this.indexes;
	}

	/**
	 * Builds the indexes again, {@code parallel} at a time, each on a connection of its own, then adds the
	 * foreign keys back (each validated by one scan).
	 */
	void restore(ConnectionSource connections, int parallel, Progress progress) throws Exception {
		progress.start("building " + this.indexes.size() + " indexes", this.indexes.size());
		ExecutorService executor = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<?>> builds = new ArrayList<>();
			for (Definition index : this.indexes) {
				builds.add(executor.submit(() -> {
					long start = System.nanoTime();
					try (Connection connection = connections.connect(); Statement statement = connection.createStatement()) {
						statement.execute("set maintenance_work_mem = '" + BUILD_MEMORY + "'");
						statement.execute(index.definition());
					}
					progress.advance(1);
					progress.say(String.format("  %s built in %.0f s", index.name(), (System.nanoTime() - start) / 1e9));
					return null;
				}));
			}
			for (Future<?> build : builds) {
				build.get();
			}
		}
		finally {
			executor.shutdownNow();
		}
		progress.finish();
		try (Connection connection = connections.connect(); Statement statement = connection.createStatement()) {
			for (Definition foreignKey : this.foreignKeys) {
				statement.execute("alter table " + foreignKey.table() + " add constraint " + foreignKey.name() + " "
						+ foreignKey.definition());
			}
		}
	}

	private static List<Definition> definitions(Connection connection, String sql) throws SQLException {
		List<Definition> definitions = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				definitions.add(new Definition(rows.getString(1), rows.getString(2), rows.getString(3)));
			}
		}
		return definitions;
	}

	/** An index or constraint: its name, its table and the SQL that makes it. */
	record Definition(String name, String table, String definition) {
	}

	@FunctionalInterface
	interface ConnectionSource {

		Connection connect() throws SQLException;

	}

}
