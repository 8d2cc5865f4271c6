package org.entente.members.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.members.RouteAccess;
import org.entente.members.RouteAccessRules;
import org.entente.members.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Deny by default: every route is reachable only through the rule a module declared for it
 * ({@link RouteAccessRules}); anything else is refused. Machines use bearer tokens on {@code /api/**}; people
 * sign in with a form, a session and CSRF protection everywhere else.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, MemberManagement management, List<RouteAccessRules> rules)
			throws Exception {
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(management), AnonymousAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, exception) -> problem(response, 401, "Unauthorized",
						"a valid bearer token is required"))
				.accessDeniedHandler((request, response, exception) -> problem(response, 403, "Forbidden",
						"your roles do not allow this")))
			.authorizeHttpRequests((authorize) -> apply(authorize, rules));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, List<RouteAccessRules> rules) throws Exception {
		http.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.authorizeHttpRequests((authorize) -> apply(authorize, rules));
		return http.build();
	}

	private static void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
			List<RouteAccessRules> rules) {
		// An ASYNC dispatch (a stream's end) or an ERROR dispatch only resumes a request its REQUEST dispatch
		// authorised; being stateless, it carries no authentication of its own (the bearer filter runs once), and
		// denying it logged every stream's end as an error and raced the stream's writer over the headers.
		authorize.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll();
		for (RouteAccessRules module : rules) {
			for (RouteAccess route : module.routes()) {
				authorize.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(route.method(), route.pattern()))
					.access(manager(route));
			}
		}
		authorize.anyRequest().denyAll();
	}

	private static AuthorizationManager<RequestAuthorizationContext> manager(RouteAccess route) {
		return switch (route.access()) {
			case PUBLIC -> SingleResultAuthorizationManager.permitAll();
			case AUTHENTICATED -> AuthenticatedAuthorizationManager.authenticated();
			case ROLES -> AuthorityAuthorizationManager
				.hasAnyAuthority(route.roles().stream().map(Role::authority).toArray(String[]::new));
		};
	}

	static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
