package org.entente.members.internal;

import java.util.List;

import org.entente.members.Role;
import org.entente.members.RouteAccess;
import org.entente.members.RouteAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Who may call the member, user and token routes; finer checks (own member only) are in the commands. */
@Component
class MemberRoutes implements RouteAccessRules {

	@Override
	public List<RouteAccess> routes() {
		return List.of(RouteAccess.authenticated(HttpMethod.GET, "/api/v1/me"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/members"),
				RouteAccess.roles(HttpMethod.POST, "/api/v1/members", Role.ADMIN),
				RouteAccess.roles(HttpMethod.PATCH, "/api/v1/members/{code}", Role.ADMIN),
				RouteAccess.roles(HttpMethod.GET, "/api/v1/members/{code}/users", Role.ADMIN),
				RouteAccess.roles(HttpMethod.POST, "/api/v1/members/{code}/users", Role.ADMIN),
				RouteAccess.roles(HttpMethod.POST, "/api/v1/users/{username}/deactivate", Role.ADMIN),
				RouteAccess.authenticated(HttpMethod.POST, "/api/v1/users/{username}/tokens"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/users/{username}/tokens"),
				RouteAccess.authenticated(HttpMethod.DELETE, "/api/v1/users/{username}/tokens/{id}"));
	}

}
