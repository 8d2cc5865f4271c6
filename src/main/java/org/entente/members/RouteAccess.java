package org.entente.members;

import java.util.Set;

import org.springframework.http.HttpMethod;

import static java.util.Objects.requireNonNull;

/**
 * The access rule of one HTTP route. Every mapped route must have one: the security configuration denies
 * whatever has none, and a test fails on a route left without.
 *
 * @param method the HTTP method
 * @param pattern the route's path pattern, exactly as mapped
 * @param access who may call it
 * @param roles for {@link Access#ROLES}, any of these
 */
public record RouteAccess(HttpMethod method, String pattern, Access access, Set<Role> roles) {

	public enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,
		/** Any signed-in user of an active member. */
		AUTHENTICATED,
		/** Signed-in users holding one of the roles. */
		ROLES

	}

	public RouteAccess {
		requireNonNull(method, "method is null");
		requireNonNull(pattern, "pattern is null");
		requireNonNull(access, "access is null");
		roles = Set.copyOf(roles);
	}

	public static RouteAccess open(HttpMethod method, String pattern) {
		return new RouteAccess(method, pattern, Access.PUBLIC, Set.of());
	}

	public static RouteAccess authenticated(HttpMethod method, String pattern) {
		return new RouteAccess(method, pattern, Access.AUTHENTICATED, Set.of());
	}

	public static RouteAccess roles(HttpMethod method, String pattern, Role... roles) {
		return new RouteAccess(method, pattern, Access.ROLES, Set.of(roles));
	}

}
