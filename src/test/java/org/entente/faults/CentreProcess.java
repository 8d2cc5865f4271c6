package org.entente.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.entente.Exchange;

/**
 * The packaged centre ({@code target/entente.jar}) as a child process on an external PostgreSQL, so that a test
 * can kill it as the operating system would, and start it again on the same database.
 */
public final class CentreProcess implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private final List<String> command;

	private final String jdbcUrl;

	private final Path log;

	private final int port;

	private Process process;

	private CentreProcess(List<String> command, String jdbcUrl, Path log, int port) {
		this.command = command;
		this.jdbcUrl = jdbcUrl;
		this.log = log;
		this.port = port;
	}

	/**
	 * JVM options for fault tests, which measure no speed: the C1 compiler alone about halves the start-up time
	 * on CI's two cores, and each kill costs a start.
	 */
	public static final String[] QUICK_START = { "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC" };

	/** The jar on a free port against this database, with the JVM options given; not started yet. */
	public static CentreProcess on(StandalonePostgres postgres, String name, String... jvmOptions) throws IOException {
		int port = StandalonePostgres.freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(jvmOptions));
		command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
		Path log = Files.createDirectories(Path.of("target", "faults")).resolve(name + "-" + port + ".log");
		return new CentreProcess(command, postgres.jdbcUrl(), log, port);
	}

	/** Starts the process and waits until it answers its health check. */
	public CentreProcess start() throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(this.command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
		builder.environment().put("ENTENTE_DATABASE_URL", this.jdbcUrl);
		builder.environment().put("ENTENTE_DATABASE_USER", "postgres");
		builder.environment().put("ENTENTE_DATABASE_PASSWORD", "");
		builder.environment().put("ENTENTE_ADMIN_TOKEN", Exchange.ADMIN_TOKEN);
		this.process = builder.start();
		awaitHealthy();
		return this;
	}

	/** SIGKILL, as {@code kill -9}: no shutdown hook, no graceful end of requests or transactions. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the centre did not die within 30 s of SIGKILL");
		}
	}

	public boolean alive() {
		return this.process != null && this.process.isAlive();
	}

	public int port() {
		return this.port;
	}

	/** The running process's id, for {@code jcmd}. */
	public long pid() {
		return this.process.pid();
	}

	public Path log() {
		return this.log;
	}

	@Override
	public void close() throws InterruptedException {
		if (alive()) {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private void awaitHealthy() throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(STARTUP);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the centre exited with " + this.process.exitValue() + "; see " + this.log);
			}
			try {
				if (client.send(health, BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// Starting: Tomcat opens its port only once the context is ready.
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the centre was not healthy within " + STARTUP + "; see " + this.log);
	}

	private static Path jar() {
		Path jar = Path.of(System.getProperty("entente.faults.jar", "target/entente.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: process tests run after package (./mvnw verify)");
		}
		return jar;
	}

}
