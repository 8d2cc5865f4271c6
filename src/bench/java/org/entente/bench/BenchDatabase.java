package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL of a run, shared by the application (as its external database) and by the baselines, which
 * reach it over plain JDBC: so that both measure the same server with the same data. Embedded by default,
 * configured as the application configures its own embedded server; or the server named by
 * {@code ENTENTE_BENCH_DATABASE_URL} (with {@code _USER} and {@code _PASSWORD}), which must hold an empty
 * database.
 */
final class BenchDatabase implements AutoCloseable {

	private static final String URL_VARIABLE = "ENTENTE_BENCH_DATABASE_URL";

	private final EmbeddedPostgres embedded;

	private final String url;

	private final String user;

	private final String password;

	private BenchDatabase(EmbeddedPostgres embedded, String url, String user, String password) {
		this.embedded = embedded;
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/**
	 * The server for a run; {@code large} (a million reports) gives the embedded one {@code shared_buffers} of a
	 * quarter of the machine's memory, as the operations guide advises for a centre that size.
	 */
	static BenchDatabase start(Path runDirectory, boolean large) {
		String external = System.getenv(URL_VARIABLE);
		if (external != null && !external.isBlank()) {
			return new BenchDatabase(null, external, System.getenv().getOrDefault("ENTENTE_BENCH_DATABASE_USER", "postgres"),
					System.getenv().getOrDefault("ENTENTE_BENCH_DATABASE_PASSWORD", ""));
		}
		try {
			Path directory = Files.createDirectories(runDirectory.resolve("postgresql"));
			// The settings of the application's own embedded server (DatabaseConfiguration), zonky's defaults
			// (synchronous_commit=off among them) included, so that the figures are those of a default install.
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(true)
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("max_connections", "100")
				.setServerConfig("fsync", "on")
				.setPGStartupWait(Duration.ofSeconds(60));
			if (large) {
				builder.setServerConfig("shared_buffers", quarterOfMemoryInMegabytes() + "MB");
			}
			EmbeddedPostgres postgres = builder.start();
			return new BenchDatabase(postgres, "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
					"postgres", "");
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static long quarterOfMemoryInMegabytes() {
		long bytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize();
		return bytes / 4 / (1024 * 1024);
	}

	/**
	 * Reads every table and index of the application into PostgreSQL's buffers (pg_prewarm), as a centre that
	 * has been running holds what its searches read: so that a run measures the queries, not which of its first
	 * queries happened to fetch pages from the operating system. Answers the megabytes read.
	 */
	long prewarm() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("create extension if not exists pg_prewarm");
			try (ResultSet blocks = statement.executeQuery("select coalesce(sum(pg_prewarm(c.oid)), 0) from pg_class c"
					+ " where c.relnamespace in ('public'::regnamespace, 'pg_toast'::regnamespace)"
					+ " and c.relkind in ('r', 'i', 't')")) {
				blocks.next();
				return blocks.getLong(1) * 8 / 1024;
			}
		}
	}

	/** Whether the server is one named by the environment, which outlives the run, rather than embedded. */
	boolean external() {
		return this.embedded == null;
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, this.password);
	}

	/** The environment that points the application at this database. */
	Map<String, String> applicationEnvironment() {
		Map<String, String> environment = new LinkedHashMap<>(Map.of("ENTENTE_DATABASE_URL", this.url,
				"ENTENTE_DATABASE_USER", this.user, "ENTENTE_DATABASE_PASSWORD", this.password));
		if (external()) {
			// A server kept between runs holds the ledger of the first, signed by that run's key: every run on it
			// signs with that same key, kept beside the temporary files.
			environment.put("ENTENTE_LEDGER_KEYFILE", Path.of(System.getProperty("java.io.tmpdir"),
					"entente-bench-" + Integer.toHexString(this.url.hashCode()) + ".key").toString());
		}
		return environment;
	}

	/** The server's version and the settings that most change the figures, for the results file. */
	Map<String, Object> description() {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("kind", (this.embedded != null) ? "embedded (zonky, fresh data directory)" : "external");
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			description.put("version", single(statement, "show server_version"));
			for (String setting : new String[] { "synchronous_commit", "fsync", "shared_buffers", "work_mem",
					"max_connections" }) {
				description.put(setting, single(statement, "show " + setting));
			}
		}
		catch (SQLException exception) {
			description.put("error", exception.getMessage());
		}
		return description;
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
	}

	@Override
	public void close() throws IOException {
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

}
