package org.entente;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test against the whole centre over real HTTP and a real PostgreSQL: the embedded one, or the
 * external one named by {@code ENTENTE_TEST_EXTERNAL_DATABASE_URL} when the build runs the suite in external
 * mode. Every test class so annotated shares one running application per JVM, so the suite stays fast: tests
 * make their own members (see {@link Exchange}) rather than relying on an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "entente.admin-token=" + Exchange.ADMIN_TOKEN, "entente.webhooks.allow-private=true",
				"entente.ledger.checkpoint-interval=200ms", "entente.webhooks.retry-base=200ms",
				"entente.webhooks.retry-for=4s", "entente.webhooks.poll-interval=100ms",
				"entente.sites.distance-by-kind.convoy=1000" })
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(TestDatabase.class)
public @interface IntegrationTest {

}
