package org.entente.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deny by default: every route Spring MVC maps has an access rule declared for exactly its method and pattern,
 * so a new controller method without one is caught here rather than silently refused (or, worse, opened).
 */
@IntegrationTest
class RouteAccessIntegrationTests {

	@Autowired
	List<RequestMappingHandlerMapping> mappings;

	@Autowired
	List<RouteAccessRules> rules;

	@Test
	void everyMappedRouteHasAnAccessRule() {
		Set<String> declared = declaredRules();
		List<String> missing = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : this.mappings) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> route : mapping.getHandlerMethods().entrySet()) {
				for (String route1 : routes(route.getKey())) {
					if (!declared.contains(route1)) {
						missing.add(route1 + " (" + route.getValue().getShortLogMessage() + ")");
					}
				}
			}
		}
		assertThat(missing).as("routes without an access rule").isEmpty();
	}

	@Test
	void theRulesCoverTheApiThatMembersUse() {
		assertThat(declaredRules()).contains("POST /api/v1/reports", "GET /api/v1/reports/{id}", "POST /api/v1/members");
	}

	private Set<String> declaredRules() {
		return Set.copyOf(this.rules.stream()
			.flatMap((module) -> module.routes().stream())
			.map((route) -> route.method().name() + " " + route.pattern())
			.toList());
	}

	/** Each method × pattern of a mapping; a mapping without methods answers every method, so each must be covered. */
	private static List<String> routes(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		List<HttpMethod> httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
				: methods.stream().map((method) -> HttpMethod.valueOf(method.name())).toList();
		List<String> routes = new ArrayList<>();
		for (String pattern : info.getPatternValues()) {
			for (HttpMethod method : httpMethods) {
				routes.add(method.name() + " " + pattern);
			}
		}
		return routes;
	}

}
