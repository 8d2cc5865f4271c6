package org.entente.transparency.internal;

import java.util.List;

import org.entente.members.RouteAccess;
import org.entente.members.RouteAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Every signed-in user may read the ledger's public part; the entries route filters by need-to-know itself.
 */
@Component
class LedgerRoutes implements RouteAccessRules {

	@Override
	public List<RouteAccess> routes() {
		return List.of(RouteAccess.authenticated(HttpMethod.GET, "/api/v1/ledger/checkpoint"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/ledger/checkpoints/{size}"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/ledger/key"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/ledger/envelopes"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/ledger/entries"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/ledger/entries/{seq}"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/ledger/proof/inclusion"),
				RouteAccess.authenticated(HttpMethod.GET, "/api/v1/ledger/proof/consistency"));
	}

}
