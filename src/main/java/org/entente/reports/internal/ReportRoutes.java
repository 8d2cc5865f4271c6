package org.entente.reports.internal;

import java.util.List;

import org.entente.members.Role;
import org.entente.members.RouteAccess;
import org.entente.members.RouteAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Analysts and officers write reports and record outcomes; every role of a member reads what the member may see. */
@Component
class ReportRoutes implements RouteAccessRules {

	@Override
	public List<RouteAccess> routes() {
		return List.of(RouteAccess.roles(HttpMethod.POST, "/api/v1/reports", Role.ANALYST, Role.OFFICER),
				RouteAccess.roles(HttpMethod.POST, "/api/v1/reports/bulk", Role.ANALYST, Role.OFFICER),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/reports"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/reports/{id}"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/locations"),
				RouteAccess.authenticated(HttpMethod.POST, "/api/v1/reports/search"),
				RouteAccess.authenticated(HttpMethod.POST, "/api/v1/locations/search"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/map/locations"),
				RouteAccess.authenticated(HttpMethod.POST, "/api/v1/map/locations/search"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/reports/{id}/versions"),
				RouteAccess.roles(HttpMethod.PATCH, "/api/v1/reports/{id}", Role.ANALYST, Role.OFFICER),
				RouteAccess.roles(HttpMethod.POST, "/api/v1/reports/{id}/withdraw", Role.ANALYST, Role.OFFICER),
				RouteAccess.roles(HttpMethod.POST, "/api/v1/reports/{id}/release", Role.ANALYST, Role.OFFICER),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/inbox"),
				RouteAccess.roles(HttpMethod.POST, "/api/v1/inbox/{id}/ack", Role.ANALYST, Role.OFFICER, Role.ADMIN),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/reports/{id}/deliveries"),
				RouteAccess.roles(HttpMethod.GET, "/api/v1/deliveries/figures", Role.OFFICER, Role.ADMIN, Role.AUDITOR),
				RouteAccess.roles(HttpMethod.POST, "/api/v1/outcomes", Role.ANALYST, Role.OFFICER),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/outcomes"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/outcomes/{id}"));
	}

}
