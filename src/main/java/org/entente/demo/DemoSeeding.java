package org.entente.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.members.Caller;
import org.entente.members.MemberAdministration;
import org.entente.members.Role;
import org.entente.platform.EntenteSettings;
import org.entente.reports.ReportDraft;
import org.entente.reports.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo on {@code --demo} or {@code entente.demo=true}, once: a database that already has partners is
 * left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoSeeding implements ApplicationRunner {

	static final String PASSWORD = "entente-demo-password";

	private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

	private static final Caller SEEDER = new Caller(Caller.CENTRE, "demo", Set.of(Role.ADMIN));

	private final MemberAdministration administration;

	private final Reports reports;

	private final EntenteSettings settings;

	private final Environment environment;

	DemoSeeding(MemberAdministration administration, Reports reports, EntenteSettings settings,
			Environment environment) {
		this.administration = administration;
		this.reports = reports;
		this.settings = settings;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!this.settings.demo() && !arguments.containsOption("demo")) {
			return;
		}
		if (this.administration.members().size() > 1) {
			log.info("Demo not seeded: the database has partners already");
		}
		else {
			seed(DemoData.reportCount(this.environment));
		}
		printLogins();
	}

	private void seed(int reportCount) {
		long start = System.nanoTime();
		for (DemoData.Partner partner : DemoData.PARTNERS) {
			this.administration.createMember(SEEDER, partner.code(), partner.name());
		}
		for (DemoData.Login login : DemoData.logins()) {
			this.administration.createUser(SEEDER, login.member(), login.username(), PASSWORD, List.of(login.role()));
		}
		DemoData data = new DemoData(42);
		int seeded = 0;
		while (seeded < reportCount) {
			DemoData.Partner partner = DemoData.PARTNERS.get(seeded / 500 % DemoData.PARTNERS.size());
			Caller analyst = new Caller(partner.code(), partner.code().toLowerCase() + ".analyst", Set.of(Role.ANALYST));
			List<ReportDraft> batch = new ArrayList<>();
			for (int i = 0; i < 500 && seeded < reportCount; i++, seeded++) {
				batch.add(data.report(partner.code()));
			}
			this.reports.submitAll(analyst, batch);
		}
		log.info("Demo seeded: {} partners, {} reports in {} ms", DemoData.PARTNERS.size(), seeded,
				(System.nanoTime() - start) / 1_000_000);
	}

	private void printLogins() {
		String port = this.environment.getProperty("local.server.port", "8080");
		StringBuilder text = new StringBuilder("\n\n  Entente demo is running at http://localhost:" + port + "/\n");
		text.append("  API documentation: http://localhost:").append(port).append("/api/v1/docs\n");
		text.append("  Every demo login has the password ").append(PASSWORD).append(":\n");
		for (DemoData.Login login : DemoData.logins()) {
			text.append("    %-22s %-8s %s%n".formatted(login.username(), login.role(), login.member()));
		}
		System.out.println(text);
	}

}
