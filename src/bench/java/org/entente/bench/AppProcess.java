package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application under test, started from its jar as a child process, so that the load generator and the
 * application never share a heap, a garbage collector or a JIT. Its heap after every collection goes to a
 * {@code -Xlog:gc} file, which the soak reads.
 */
final class AppProcess implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private final Process process;

	private final int port;

	private final Path gcLog;

	private final Path log;

	private AppProcess(Process process, int port, Path gcLog, Path log) {
		this.process = process;
		this.port = port;
		this.gcLog = gcLog;
		this.log = log;
	}

	static AppProcess start(BenchSettings settings, Path runDirectory, Map<String, String> environment,
			String adminToken) {
		try {
			int port = freePort();
			Path gcLog = runDirectory.resolve("app-gc.log");
			Path log = runDirectory.resolve("app.log");
			ProcessBuilder builder = new ProcessBuilder(command(settings, runDirectory, port, gcLog));
			builder.environment().putAll(environment);
			builder.environment().put("ENTENTE_ADMIN_TOKEN", adminToken);
			builder.environment().put("ENTENTE_DATA_DIR", Files.createDirectories(runDirectory.resolve("app-data")).toString());
			builder.redirectErrorStream(true).redirectOutput(log.toFile());
			return new AppProcess(builder.start(), port, gcLog, log);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static List<String> command(BenchSettings settings, Path runDirectory, int port, Path gcLog) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + settings.appHeap());
		command.add("-Xlog:gc:file=" + gcLog + ":uptime,level,tags");
		if (settings.flightRecorder()) {
			command.add("-XX:StartFlightRecording=settings=default,filename=" + runDirectory.resolve("app.jfr"));
		}
		command.add("-jar");
		command.add(settings.jar().toAbsolutePath().toString());
		command.add("--server.port=" + port);
		// The webhook scenario's receiver listens on loopback, which the centre otherwise refuses (SSRF).
		command.add("--entente.webhooks.allow-private=true");
		if (settings.searchesOnly()) {
			// The search corpus is loaded without sites; correlating three million locations in the background
			// would share the machine with the queries measured.
			command.add("--entente.sites.backfill=false");
		}
		return command;
	}

	/** Waits until the health endpoint answers 200, or fails naming the log to read. */
	void awaitHealthy(Api api) throws InterruptedException {
		Instant deadline = Instant.now().plus(STARTUP);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the application exited with " + this.process.exitValue() + "; see " + this.log);
			}
			if (api.healthy()) {
				return;
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the application was not healthy within " + STARTUP + "; see " + this.log);
	}

	int port() {
		return this.port;
	}

	/** The application's process id, for {@code jcmd} and {@code /proc}. */
	long pid() {
		return this.process.pid();
	}

	Path gcLog() {
		return this.gcLog;
	}

	/** When the application's JVM started: uptime 0 of its GC log. */
	Instant startedAt() {
		return this.process.info().startInstant().orElse(Instant.now());
	}

	/** Stops the application as an operator would (SIGTERM, graceful shutdown), and forcibly after a minute. */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
