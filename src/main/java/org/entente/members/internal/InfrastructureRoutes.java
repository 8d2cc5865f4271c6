package org.entente.members.internal;

import java.util.List;

import org.entente.members.RouteAccess;
import org.entente.members.RouteAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Routes that are not any module's business: health, the API's documentation, sign-in, static assets. */
@Component
class InfrastructureRoutes implements RouteAccessRules {

	@Override
	public List<RouteAccess> routes() {
		return List.of(RouteAccess.open(HttpMethod.GET, "/actuator/health"),
				RouteAccess.open(HttpMethod.GET, "/actuator/health/**"),
				RouteAccess.open(HttpMethod.GET, "/api/v1/openapi.json"),
				RouteAccess.open(HttpMethod.GET, "/api/v1/openapi.json.yaml"),
				RouteAccess.open(HttpMethod.GET, "/api/v1/openapi.json/swagger-config"),
				RouteAccess.open(HttpMethod.GET, "/api/v1/docs"),
				RouteAccess.open(HttpMethod.GET, "/api/v1/swagger-ui/**"),
				RouteAccess.open(HttpMethod.GET, "/login"),
				RouteAccess.open(HttpMethod.POST, "/login"),
				RouteAccess.open(HttpMethod.GET, "/webjars/**"),
				RouteAccess.open(HttpMethod.GET, "/css/**"),
				RouteAccess.open(HttpMethod.GET, "/favicon.ico"),
				RouteAccess.open(HttpMethod.GET, "/error"),
				RouteAccess.open(HttpMethod.POST, "/error"));
	}

}
