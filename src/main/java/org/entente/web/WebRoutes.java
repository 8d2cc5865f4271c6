package org.entente.web;

import java.util.List;

import org.entente.members.RouteAccess;
import org.entente.members.RouteAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The pages need a signed-in user; sign-in itself is open (see the infrastructure routes). */
@Component
class WebRoutes implements RouteAccessRules {

	@Override
	public List<RouteAccess> routes() {
		return List.of(RouteAccess.authenticated(HttpMethod.GET, "/"));
	}

}
