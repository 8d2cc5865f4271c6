package org.entente.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.entente.platform.EntenteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One data source for the whole centre: the external PostgreSQL when {@code entente.database.url} is set,
 * otherwise an embedded PostgreSQL 18 whose files stay in the data directory across restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EntenteSettings settings, EmbeddedDatabase embeddedDatabase) {
		HikariConfig config = new HikariConfig();
		EntenteSettings.Database database = settings.database();
		if (database.external()) {
			config.setJdbcUrl(database.url());
			config.setUsername(database.user());
			config.setPassword(database.password());
		}
		else {
			config.setJdbcUrl(embeddedDatabase.jdbcUrl());
			config.setUsername("postgres");
		}
		config.setPoolName("entente");
		config.setMaximumPoolSize(20);
		// Fail fast while PostgreSQL is away, so callers get a 503 instead of hanging threads.
		config.setConnectionTimeout(Duration.ofSeconds(3).toMillis());
		config.setInitializationFailTimeout(Duration.ofSeconds(30).toMillis());
		return new HikariDataSource(config);
	}

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EntenteSettings settings) throws IOException {
		if (settings.database().external()) {
			return EmbeddedDatabase.none();
		}
		Path directory = settings.dataDirectory().resolve("postgresql").toAbsolutePath();
		Files.createDirectories(directory);
		log.info("Starting the embedded PostgreSQL with its data in {}", directory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "100")
			.setServerConfig("fsync", "on")
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
		return new EmbeddedDatabase(postgres);
	}

	/** The embedded server, or nothing when an external database is configured. */
	static final class EmbeddedDatabase implements AutoCloseable {

		private final EmbeddedPostgres postgres;

		private EmbeddedDatabase(EmbeddedPostgres postgres) {
			this.postgres = postgres;
		}

		static EmbeddedDatabase none() {
			return new EmbeddedDatabase(null);
		}

		String jdbcUrl() {
			return "jdbc:postgresql://127.0.0.1:" + this.postgres.getPort() + "/postgres";
		}

		@Override
		public void close() throws IOException {
			if (this.postgres != null) {
				this.postgres.close();
			}
		}

	}

}
