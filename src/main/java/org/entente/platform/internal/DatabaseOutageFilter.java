package org.entente.platform.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a database outage met before the request reaches a controller (the bearer token is looked up in the
 * security filters) as {@link ApiProblems} answers one met inside: 503 with a problem body, instead of the
 * container's 500. Without it every authenticated request failed with 500 while PostgreSQL was away.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException | IOException failure) {
			if (!ApiProblems.isDatabaseUnavailable(failure) || response.isCommitted()) {
				throw failure;
			}
			log.warn("Database unavailable: {}", failure.getMessage());
			response.reset();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setContentType("application/problem+json");
			response.setHeader(HttpHeaders.RETRY_AFTER, ApiProblems.RETRY_AFTER_SECONDS);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\""
						+ ApiProblems.DATABASE_UNAVAILABLE + "\"}");
		}
	}

}
