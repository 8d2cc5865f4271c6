package org.entente.reports.internal;

import java.util.List;

import org.entente.members.RouteAccess;
import org.entente.members.RouteAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Every role of a member reads the sites, as far as the member may see their reports. */
@Component
class SiteRoutes implements RouteAccessRules {

	@Override
	public List<RouteAccess> routes() {
		return List.of(RouteAccess.authenticated(HttpMethod.GET, "/api/v1/sites"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/sites/{id}"));
	}

}
