package org.entente.transparency;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.entente.Api;
import org.entente.Exchange;
import org.entente.Exchange.Partner;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger checked by Go's reference code, golang.org/x/mod/sumdb/note and sumdb/tlog, as Debian packages them
 * ({@code golang-go}, {@code golang-golang-x-mod-dev}): the program in {@code src/test/go/ledgercheck} verifies
 * the latest checkpoint's signature, inclusion proofs of envelopes, and consistency with an older checkpoint. Built
 * offline into {@code target/go}; skipped, saying why, where Go or the module is not installed.
 */
@IntegrationTest
class GoInteroperabilityIntegrationTests {

	private static final Path SOURCE = Path.of("src/test/go/ledgercheck");

	private static final Path GO_MODULE = Path.of("/usr/share/gocode/src/golang.org/x/mod/sumdb/note");

	@LocalServerPort
	int port;

	@Test
	void goVerifiesCheckpointsAndProofs() throws Exception {
		Path program = build();
		Partner partner = new Exchange(this.port).partner("G");
		String token = new Exchange(this.port).token(partner.analyst());
		long older = latestSize(partner.api(), 1);
		Api.Response report = partner.api()
			.post("/api/v1/reports", Map.of("title", "Checked in Go", "body", "Interoperability.", "handling", "CLEAR",
					"releasableTo", List.of("ALL")));
		assertThat(report.status()).as(report.toString()).isEqualTo(201);
		latestSize(partner.api(), older + 1);
		Result result = run(List.of(program.toString(), "-url", "http://127.0.0.1:" + this.port, "-token", token,
				"-older", Long.toString(older)));
		assertThat(result.status()).as(result.output()).isZero();
		// Other tests may append meanwhile: the newest checkpoint is whatever Go fetched, at least older + 1.
		assertThat(result.output()).containsPattern("checkpoint entente/ledger \\d+ verified")
			.containsPattern("envelope 0 is in checkpoint \\d+")
			.containsPattern("checkpoint \\d+ is consistent with checkpoint " + older + "\n");
	}

	private static Path build() throws Exception {
		Assumptions.assumeTrue(onPath("go"), "Go is not installed: apt-get install golang-go golang-golang-x-mod-dev");
		Assumptions.assumeTrue(Files.isDirectory(GO_MODULE),
				GO_MODULE + " is missing: apt-get install golang-golang-x-mod-dev");
		Path target = Path.of("target/go").toAbsolutePath();
		Path program = target.resolve("ledgercheck");
		ProcessBuilder build = new ProcessBuilder("go", "build", "-o", program.toString(), ".")
			.directory(SOURCE.toFile());
		// Offline and reproducible: Debian's module through the replace in go.mod, no toolchain download, caches
		// under target/.
		build.environment()
			.putAll(Map.of("GOFLAGS", "-mod=mod", "GOPROXY", "off", "GOTOOLCHAIN", "local", "GOCACHE",
					target.resolve("cache").toString(), "GOPATH", target.resolve("path").toString(), "GO111MODULE",
					"on"));
		Result result = run(build);
		assertThat(result.status()).as("go build: " + result.output()).isZero();
		return program;
	}

	private static long latestSize(Api api, long atLeast) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			Api.Response checkpoint = api.get("/api/v1/ledger/checkpoint");
			if (checkpoint.status() == 200) {
				long size = Long.parseLong(checkpoint.body().split("\n")[1]);
				if (size >= atLeast) {
					return size;
				}
			}
			pause();
		}
		throw new AssertionError("no checkpoint of at least " + atLeast + " entries");
	}

	private static boolean onPath(String command) {
		String path = System.getenv().getOrDefault("PATH", "");
		for (String directory : path.split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(directory, command))) {
				return true;
			}
		}
		return false;
	}

	private static Result run(List<String> command) throws IOException, InterruptedException {
		return run(new ProcessBuilder(command));
	}

	private static Result run(ProcessBuilder process) throws IOException, InterruptedException {
		Process started = process.redirectErrorStream(true).start();
		String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!started.waitFor(5, TimeUnit.MINUTES)) {
			started.destroyForcibly();
			throw new AssertionError("timed out: " + process.command());
		}
		return new Result(started.exitValue(), output);
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new AssertionError(exception);
		}
	}

	record Result(int status, String output) {
	}

}
