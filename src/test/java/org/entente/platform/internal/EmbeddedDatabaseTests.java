package org.entente.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.entente.platform.EntenteSettings;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL keeps its data in the data directory across restarts. */
class EmbeddedDatabaseTests {

	@Test
	void dataWrittenBeforeAStopIsThereAfterTheNextStart() throws Exception {
		Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "restart-");
		EntenteSettings settings = new EntenteSettings(directory, new EntenteSettings.Database(null, null, null), null,
				false, new EntenteSettings.Limits(1, 1));
		DatabaseConfiguration configuration = new DatabaseConfiguration();

		try (var database = configuration.embeddedDatabase(settings);
				HikariDataSource dataSource = configuration.dataSource(settings, database)) {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			jdbc.sql("create table kept (value text)").update();
			jdbc.sql("insert into kept values ('across restarts')").update();
		}
		assertThat(directory.resolve("postgresql/PG_VERSION")).exists();

		try (var database = configuration.embeddedDatabase(settings);
				HikariDataSource dataSource = configuration.dataSource(settings, database)) {
			String value = JdbcClient.create(dataSource).sql("select value from kept").query(String.class).single();
			assertThat(value).isEqualTo("across restarts");
			assertThat(database.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:");
		}
	}

}
