package org.entente;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the PostgreSQL of an integration test run. Embedded (the default): a fresh data directory under
 * {@code target/}. External ({@code -Dentente.test.database=external}, as the failsafe run sets): the server in
 * {@code ENTENTE_TEST_EXTERNAL_DATABASE_URL}; without it the tests are skipped, saying why.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext>, ExecutionCondition {

	static final String URL_VARIABLE = "ENTENTE_TEST_EXTERNAL_DATABASE_URL";

	static boolean external() {
		return "external".equals(System.getProperty("entente.test.database"));
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String missing = missingDatabase();
		if (missing != null) {
			return ConditionEvaluationResult.disabled(missing);
		}
		return ConditionEvaluationResult.enabled(external() ? "external PostgreSQL" : "embedded PostgreSQL");
	}

	/**
	 * Why integration tests cannot run, or null when they can; for test engines other than Jupiter (jqwik),
	 * which do not read {@link ExecutionCondition}.
	 */
	public static String missingDatabase() {
		if (external() && System.getenv(URL_VARIABLE) == null) {
			return "external PostgreSQL mode, but " + URL_VARIABLE
					+ " is not set: skipped (.ci/run sets it after starting Debian's postgresql)";
		}
		return null;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = external() ? externalDatabase() : embeddedDatabase();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
	}

	private static Map<String, Object> externalDatabase() {
		String url = System.getenv(URL_VARIABLE);
		if (url == null) {
			return Map.of();
		}
		return Map.of("entente.database.url", url, "entente.database.user",
				System.getenv().getOrDefault("ENTENTE_TEST_EXTERNAL_DATABASE_USER", "entente"),
				"entente.database.password",
				System.getenv().getOrDefault("ENTENTE_TEST_EXTERNAL_DATABASE_PASSWORD", "entente"));
	}

	private static Map<String, Object> embeddedDatabase() {
		try {
			Path target = Files.createDirectories(Path.of("target"));
			Path directory = Files.createTempDirectory(target, "test-data-");
			return Map.of("entente.data-dir", directory.toAbsolutePath().toString(), "entente.database.url", "");
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

}
