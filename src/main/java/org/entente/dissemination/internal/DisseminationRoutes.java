package org.entente.dissemination.internal;

import java.util.List;

import org.entente.members.Role;
import org.entente.members.RouteAccess;
import org.entente.members.RouteAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Every signed-in user may follow its member's stream; its admins manage its webhooks. */
@Component
class DisseminationRoutes implements RouteAccessRules {

	@Override
	public List<RouteAccess> routes() {
		return List.of(RouteAccess.authenticated(HttpMethod.GET, "/api/v1/stream"),
				RouteAccess.roles(HttpMethod.POST, "/api/v1/webhooks", Role.ADMIN),
				RouteAccess.roles(HttpMethod.GET, "/api/v1/webhooks", Role.ADMIN),
				RouteAccess.roles(HttpMethod.DELETE, "/api/v1/webhooks/{id}", Role.ADMIN),
				RouteAccess.roles(HttpMethod.GET, "/api/v1/webhooks/{id}/dead-letters", Role.ADMIN),
				RouteAccess.roles(HttpMethod.POST, "/api/v1/webhooks/{id}/dead-letters/{deliveryId}/redeliver", Role.ADMIN),
				RouteAccess.authenticated(HttpMethod.POST, "/api/v1/subscriptions"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/subscriptions"),
				RouteAccess.authenticated(HttpMethod.DELETE, "/api/v1/subscriptions/{id}"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/notifications"),
				RouteAccess.authenticated(HttpMethod.POST, "/api/v1/notifications/{id}/read"));
	}

}
