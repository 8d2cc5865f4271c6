package org.entente.members.internal;

import org.entente.platform.EntenteSettings;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the centre's own member exists, and the admin named by {@code ENTENTE_ADMIN_TOKEN} when it is set.
 * Idempotent, so every start may run it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CentreBootstrap implements ApplicationRunner {

	static final String ADMIN_USERNAME = "admin";

	private final MemberManagement management;

	private final EntenteSettings settings;

	CentreBootstrap(MemberManagement management, EntenteSettings settings) {
		this.management = management;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		this.management.ensureCentre();
		String token = this.settings.adminToken();
		if (token != null && !token.isBlank()) {
			this.management.ensureAdminToken(ADMIN_USERNAME, token.trim());
		}
	}

}
