package org.entente.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.entente.reports.internal.SearchStatements.BoundStatement;

/**
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of each search scenario's statement on the benchmark's data, as Markdown:
 * what the figures rest on, and where a slow one spends its time.
 */
final class SearchPlans {

	private SearchPlans() {
	}

	/** One scenario's section: the request, the statement and its values, the plan as executed. */
	static String section(BenchDatabase database, String name, String request, BoundStatement statement, String note)
			throws SQLException {
		StringBuilder section = new StringBuilder("## ").append(name).append("\n\n`").append(request).append("`\n\n")
			.append(note)
			.append(".\n\n<details><summary>SQL</summary>\n\n```sql\n")
			.append(statement.sql().strip())
			.append("\n```\n\nvalues: `")
			.append(statement.values())
			.append("`\n\n</details>\n\n```\n");
		for (String line : plan(database, statement)) {
			section.append(line).append('\n');
		}
		return section.append("```\n").toString();
	}

	static void write(Path file, String heading, List<String> sections) throws Exception {
		Files.writeString(file, heading + "\n\n" + String.join("\n", sections), StandardCharsets.UTF_8);
	}

	/**
	 * The plan as executed, on a connection that has planned it once already: a new connection's first plan
	 * loads the text search dictionaries, which the application's pooled connections have long loaded.
	 */
	private static List<String> plan(BenchDatabase database, BoundStatement statement) throws SQLException {
		try (Connection connection = database.connect()) {
			explain(connection, "explain ", statement);
			return explain(connection, "explain (analyze, buffers) ", statement);
		}
	}

	private static List<String> explain(Connection connection, String explain, BoundStatement statement)
			throws SQLException {
		try (PreparedStatement plan = connection.prepareStatement(explain + statement.sql())) {
			for (int i = 0; i < statement.values().size(); i++) {
				plan.setObject(i + 1, statement.values().get(i));
			}
			List<String> lines = new ArrayList<>();
			try (ResultSet rows = plan.executeQuery()) {
				while (rows.next()) {
					lines.add(rows.getString(1));
				}
			}
			return lines;
		}
	}

}
