package org.entente.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Regression: with PostgreSQL stopped, the bearer token lookup in the security filters failed before any
 * controller, and the container answered 500 (DatabaseOutageProcessTests found it).
 */
class DatabaseOutageFilterTests {

	private final DatabaseOutageFilter filter = new DatabaseOutageFilter();

	@Test
	void answersADatabaseOutageInAFilterWith503AndAProblemBody() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain tokenLookupFails = (request, ignored) -> {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
		};

		this.filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/reports"), response, tokenLookupFails);

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentAsString()).contains("\"status\":503", ApiProblems.DATABASE_UNAVAILABLE);
	}

	@Test
	void findsTheOutageBehindAServletException() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain wrapped = (request, ignored) -> {
			throw new ServletException(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));
		};

		this.filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/reports"), response, wrapped);

		assertThat(response.getStatus()).isEqualTo(503);
	}

	@Test
	void letsOtherFailuresThrough() {
		FilterChain broken = (request, ignored) -> {
			throw new IllegalStateException("a bug");
		};

		assertThatThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/reports"),
				new MockHttpServletResponse(), broken))
			.isInstanceOf(IllegalStateException.class);
	}

}
