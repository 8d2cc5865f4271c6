package org.entente.members.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.members.Caller;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer} API tokens. A token that is unknown, revoked, or whose user or
 * member is inactive is refused at once with 401, rather than treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final MemberManagement management;

	BearerTokenFilter(MemberManagement management) {
		this.management = management;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Caller> caller = this.management.callerForToken(header.substring(PREFIX.length()).trim());
		if (caller.isEmpty()) {
			SecurityConfiguration.problem(response, 401, "Unauthorized", "the bearer token is not valid");
			return;
		}
		var authorities = caller.get().roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(caller.get(), null, authorities);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
