package org.entente.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL the tests own, outside the centre under test: it outlives the centre's process (so a kill -9 of
 * the centre leaves it to be inspected) and can itself be stopped and started again on the same port and data,
 * as an operator's server would be. The centre sees it as an external database.
 */
public final class StandalonePostgres implements AutoCloseable {

	private final Path directory;

	private final int port;

	private EmbeddedPostgres server;

	private StandalonePostgres(Path directory, int port) {
		this.directory = directory;
		this.port = port;
	}

	/** A new server with its data in a fresh directory under {@code target/faults}. */
	public static StandalonePostgres started(String name) throws IOException {
		quietServerOutput();
		Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target", "faults")), name + "-pg-");
		StandalonePostgres postgres = new StandalonePostgres(directory.toAbsolutePath(), freePort());
		postgres.start();
		return postgres;
	}

	/** Starts the server on its port and data directory, keeping what an earlier start stored. */
	void start() throws IOException {
		this.server = EmbeddedPostgres.builder()
			.setDataDirectory(this.directory)
			.setCleanDataDirectory(false)
			.setPort(this.port)
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "100")
			.setServerConfig("fsync", "on")
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	/** Stops the server (a fast shutdown: sessions are ended, their transactions rolled back). */
	void stop() throws IOException {
		if (this.server != null) {
			this.server.close();
			this.server = null;
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	DataSource dataSource() {
		if (this.server == null) {
			throw new IllegalStateException("PostgreSQL is stopped");
		}
		return this.server.getPostgresDatabase();
	}

	@Override
	public void close() throws IOException {
		stop();
	}

	/** PostgreSQL's own start-up chatter, which zonky logs line by line at INFO, buries the tests' output. */
	private static void quietServerOutput() {
		if (LoggerFactory.getLogger("io.zonky.test") instanceof ch.qos.logback.classic.Logger logger) {
			logger.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

}
