package org.entente.geo.internal;

import java.util.List;

import org.entente.members.RouteAccess;
import org.entente.members.RouteAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Any signed-in user may extract and format coordinates: the answers depend on nothing stored. */
@Component
class GeoRoutes implements RouteAccessRules {

	@Override
	public List<RouteAccess> routes() {
		return List.of(RouteAccess.authenticated(HttpMethod.POST, "/api/v1/geo/extract"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/geo/format"));
	}

}
