package org.entente.members;

import java.util.List;

/** A module's access rules for the routes it maps; each module declares one as a bean. */
@FunctionalInterface
public interface RouteAccessRules {

	List<RouteAccess> routes();

}
