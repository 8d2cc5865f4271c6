package org.entente.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.entente.geo.CoordinateFormatter;
import org.entente.reports.ReportDraft;
import org.entente.reports.ReportDraft.LocationDraft;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.env.Environment;

/**
 * Invented partners and synthetic reports: plausible enough to try every screen and call, with nothing taken
 * from any real exchange. Seeded, so every demo is the same.
 */
final class DemoData {

	record Partner(String code, String name) {
	}

	record Login(String username, String member, String role) {
	}

	/** A place reports cluster around, so that correlation and maps have something to show. */
	private record Area(String name, double latitude, double longitude, double radiusDegrees) {
	}

	static final List<Partner> PARTNERS = List.of(new Partner("ARVALIA", "Republic of Arvalia"),
			new Partner("BORVIK", "Kingdom of Borvik"), new Partner("CASTELLA", "Federation of Castella"),
			new Partner("DUNMERE", "Dunmere Coastal Authority"));

	private static final List<Area> AREAS = List.of(new Area("northern strait", 36.10, 14.30, 0.6),
			new Area("river delta", 31.20, 30.05, 0.5), new Area("mountain pass", 41.70, 44.80, 0.4),
			new Area("harbour approaches", 54.60, 18.70, 0.5), new Area("desert crossing", 33.30, 44.40, 0.8),
			new Area("island chain", 12.60, 43.30, 0.7));

	private static final List<String> CATEGORIES = List.of("smuggling", "maritime", "border-crossing",
			"infrastructure", "environment", "cyber");

	private static final List<String> HANDLINGS = List.of("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED");

	private static final List<String[]> TEXTS = List.of(
			new String[] { "en", "Vessel loitering near the %s", "A small vessel without AIS was seen holding position near the %s for several hours before heading south." },
			new String[] { "en", "Vehicle convoy observed at the %s", "Four unmarked trucks crossed the %s at night; two stopped at the second location." },
			new String[] { "fr", "Navire suspect près du %s", "Un navire sans AIS a été observé près du %s pendant plusieurs heures." },
			new String[] { "fr", "Convoi signalé au %s", "Un convoi de véhicules non immatriculés a traversé le %s avant l'aube." },
			new String[] { "ar", "سفينة مشبوهة قرب %s", "شوهدت سفينة صغيرة دون نظام تعريف آلي قرب %s لعدة ساعات." },
			new String[] { "ru", "Подозрительное судно у %s", "Небольшое судно без АИС несколько часов находилось у %s." });

	private final Random random;

	DemoData(long seed) {
		this.random = new Random(seed);
	}

	static List<Login> logins() {
		List<Login> logins = new ArrayList<>();
		logins.add(new Login("centre.admin", "CENTRE", "admin"));
		logins.add(new Login("centre.officer", "CENTRE", "officer"));
		logins.add(new Login("centre.auditor", "CENTRE", "auditor"));
		for (Partner partner : PARTNERS) {
			String prefix = partner.code().toLowerCase();
			logins.add(new Login(prefix + ".admin", partner.code(), "admin"));
			logins.add(new Login(prefix + ".analyst", partner.code(), "analyst"));
			logins.add(new Login(prefix + ".auditor", partner.code(), "auditor"));
		}
		return logins;
	}

	static int reportCount(Environment environment) {
		return environment.getProperty("entente.demo-reports", Integer.class, 3000);
	}

	ReportDraft report(String originator) {
		Area area = pick(AREAS);
		String[] text = pick(TEXTS);
		Instant observed = Instant.parse("2022-01-01T00:00:00Z")
			.plus(Duration.ofMinutes(this.random.nextInt(4 * 365 * 24 * 60)));
		List<LocationDraft> locations = new ArrayList<>();
		int count = 1 + this.random.nextInt(4);
		for (int i = 0; i < count; i++) {
			locations.add(location(area, observed, i));
		}
		String reliability = String.valueOf("ABCDEF".charAt(this.random.nextInt(6)));
		return new ReportDraft(text[1].formatted(area.name()), text[2].formatted(area.name()), text[0],
				pick(CATEGORIES), observed.toString(), observed.plus(Duration.ofDays(90)).toString(), reliability,
				1 + this.random.nextInt(6), pick(HANDLINGS), releases(originator), locations);
	}

	private LocationDraft location(Area area, Instant observed, int index) {
		double latitude = area.latitude() + (this.random.nextDouble() * 2 - 1) * area.radiusDegrees();
		double longitude = area.longitude() + (this.random.nextDouble() * 2 - 1) * area.radiusDegrees();
		String label = "point " + (index + 1);
		String time = observed.plus(Duration.ofMinutes(index * 15L)).toString();
		return switch (this.random.nextInt(4)) {
			case 0 -> new LocationDraft(CoordinateFormatter.mgrs(latitude, longitude, 4), null, null, label, "sighting", null, null, time);
			case 1 -> new LocationDraft(CoordinateFormatter.degreesMinutesSeconds(latitude, longitude), null, null, label, "sighting", null, null, time);
			case 2 -> new LocationDraft(CoordinateFormatter.decimalDegrees(latitude, longitude), null, null, label, "waypoint", null, null, time);
			default -> new LocationDraft(null, round(latitude), round(longitude), label, "waypoint", 50.0, null, time);
		};
	}

	/** A mix of releases: to everyone, to some partners at full or sanitised detail, or kept to itself. */
	private List<JsonNode> releases(String originator) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		int kind = this.random.nextInt(10);
		if (kind < 3) {
			return List.of(nodes.stringNode("ALL"));
		}
		if (kind == 3) {
			return List.of();
		}
		List<JsonNode> releases = new ArrayList<>();
		for (Partner partner : PARTNERS) {
			if (!partner.code().equals(originator) && this.random.nextBoolean()) {
				ObjectNode release = nodes.objectNode();
				release.put("member", partner.code());
				release.put("detail", this.random.nextInt(3) == 0 ? "sanitized" : "full");
				releases.add(release);
			}
		}
		return releases;
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	private static double round(double value) {
		return Math.round(value * 100_000) / 100_000.0;
	}

}
