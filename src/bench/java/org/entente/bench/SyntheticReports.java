package org.entente.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.entente.bench.SyntheticReport.Release;
import org.entente.bench.SyntheticReport.SyntheticLocation;
import org.entente.geo.CoordinateFormatter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates realistic reports: titles and bodies in six languages (four of them with their own full-text
 * configuration in the design), about three locations each in the notations analysts paste, every handling
 * marking, and releases to ALL, to one member or to several at mixed detail. Report {@code n} is always the
 * same report, so runs compare like with like.
 */
final class SyntheticReports {

	private static final long SEED = 0x5EED_E17E17EL;

	private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

	private static final List<String> CATEGORIES = List.of("maritime", "border", "cyber", "logistics", "smuggling",
			"environment", "infrastructure", "humanitarian");

	private static final List<String> KINDS = List.of("vessel", "vehicle", "site", "sighting", "facility");

	private static final String[] HANDLINGS = { "CLEAR", "GREEN", "GREEN", "GREEN", "AMBER", "AMBER", "AMBER",
			"AMBER", "AMBER+STRICT", "RED" };

	/** Areas the synthetic exchange watches: centre latitude, centre longitude, and a name. */
	private static final Object[][] AREAS = { { 35.9, 14.4, "Malta" }, { 54.5, 19.5, "Gdansk Bay" },
			{ 43.2, 31.5, "Black Sea" }, { 13.5, 2.1, "Niamey" }, { 33.3, 44.4, "Baghdad" },
			{ 36.8, 10.2, "Tunis" }, { 41.0, 29.0, "Istanbul" }, { 59.4, 24.7, "Tallinn" } };

	private static final Map<String, String[]> TITLES = Map.of(
			"en", new String[] { "Unusual activity near %s", "Vessel loitering off %s", "Convoy observed heading to %s" },
			"fr", new String[] { "Activité inhabituelle près de %s", "Navire en attente au large de %s", "Convoi aperçu en direction de %s" },
			"de", new String[] { "Ungewöhnliche Aktivität bei %s", "Schiff kreuzt vor %s", "Konvoi in Richtung %s beobachtet" },
			"es", new String[] { "Actividad inusual cerca de %s", "Buque merodeando frente a %s", "Convoy observado rumbo a %s" },
			"ru", new String[] { "Необычная активность около %s", "Судно дрейфует у %s", "Колонна движется в сторону %s" },
			"ar", new String[] { "نشاط غير عادي بالقرب من %s", "سفينة تتسكع قبالة %s", "قافلة متجهة نحو %s" });

	private static final Map<String, String[]> SENTENCES = Map.of(
			"en", new String[] { "The source reports %d persons on site since early morning.",
					"Two unmarked trucks were seen loading crates at the pier.",
					"Local authorities have not confirmed the observation.",
					"The activity matches the pattern reported last month by a partner.",
					"Radio traffic increased sharply around %d hours local time.",
					"A second observer independently describes the same vehicles." },
			"fr", new String[] { "La source signale %d personnes sur place depuis le matin.",
					"Deux camions banalisés chargeaient des caisses sur le quai.",
					"Les autorités locales n'ont pas confirmé l'observation.",
					"L'activité correspond au schéma signalé le mois dernier par un partenaire.",
					"Le trafic radio a fortement augmenté vers %d heures, heure locale.",
					"Un second observateur décrit indépendamment les mêmes véhicules." },
			"de", new String[] { "Die Quelle meldet seit dem frühen Morgen %d Personen vor Ort.",
					"Zwei unmarkierte Lastwagen luden Kisten am Pier.",
					"Die örtlichen Behörden haben die Beobachtung nicht bestätigt.",
					"Die Aktivität entspricht dem Muster, das ein Partner letzten Monat meldete.",
					"Der Funkverkehr nahm gegen %d Uhr Ortszeit stark zu.",
					"Ein zweiter Beobachter beschreibt unabhängig dieselben Fahrzeuge." },
			"es", new String[] { "La fuente informa de %d personas en el lugar desde la mañana.",
					"Dos camiones sin marcas cargaban cajas en el muelle.",
					"Las autoridades locales no han confirmado la observación.",
					"La actividad coincide con el patrón notificado el mes pasado por un socio.",
					"El tráfico de radio aumentó bruscamente hacia las %d horas locales.",
					"Un segundo observador describe de forma independiente los mismos vehículos." },
			"ru", new String[] { "Источник сообщает о %d людях на месте с раннего утра.",
					"Два грузовика без опознавательных знаков грузили ящики у причала.",
					"Местные власти не подтвердили наблюдение.",
					"Активность совпадает со схемой, о которой партнёр сообщил в прошлом месяце.",
					"Радиообмен резко усилился около %d часов по местному времени.",
					"Второй наблюдатель независимо описывает те же машины." },
			"ar", new String[] { "يفيد المصدر بوجود %d أشخاص في الموقع منذ الصباح الباكر.",
					"شوهدت شاحنتان بلا علامات تحمّلان صناديق على الرصيف.",
					"لم تؤكد السلطات المحلية هذه الملاحظة.",
					"يتطابق النشاط مع النمط الذي أبلغ عنه شريك الشهر الماضي.",
					"ازدادت حركة الاتصالات اللاسلكية بشكل حاد حوالي الساعة %d بالتوقيت المحلي.",
					"يصف مراقب ثانٍ بشكل مستقل المركبات نفسها." });

	private static final List<String> LANGUAGES = List.of("en", "en", "fr", "de", "es", "ru", "ar");

	private final JsonMapper json;

	private final List<String> members;

	SyntheticReports(JsonMapper json, List<String> members) {
		this.json = json;
		this.members = members;
	}

	/** Report {@code number}, submitted by {@code originator}. */
	SyntheticReport report(long number, String originator) {
		SplittableRandom random = new SplittableRandom(SEED ^ (number * 0x9E3779B97F4A7C15L));
		String language = pick(random, LANGUAGES);
		Object[] area = AREAS[random.nextInt(AREAS.length)];
		String title = pick(random, TITLES.get(language)).formatted(area[2]);
		String body = body(random, language, area);
		String category = pick(random, CATEGORIES);
		Instant observedAt = EPOCH.plus(Duration.ofMinutes(random.nextLong(60L * 24 * 365)))
			.truncatedTo(ChronoUnit.SECONDS);
		String reliability = String.valueOf((char) ('A' + random.nextInt(6)));
		int credibility = 1 + random.nextInt(6);
		String handling = HANDLINGS[random.nextInt(HANDLINGS.length)];
		List<Release> releases = releases(random, originator);
		List<SyntheticLocation> locations = locations(random, area);
		String reader = reader(releases, originator);
		SyntheticReport draft = new SyntheticReport(originator, reader, title, body, language, category, observedAt,
				reliability, credibility, handling, releases, locations, null);
		return new SyntheticReport(originator, reader, title, body, language, category, observedAt, reliability,
				credibility, handling, releases, locations, this.json.writeValueAsString(wire(draft)));
	}

	private static String body(SplittableRandom random, String language, Object[] area) {
		String[] sentences = SENTENCES.get(language);
		StringBuilder body = new StringBuilder();
		int count = 4 + random.nextInt(5);
		for (int i = 0; i < count; i++) {
			if (body.length() > 0) {
				body.append(' ');
			}
			body.append(sentences[random.nextInt(sentences.length)].formatted(2 + random.nextInt(40)));
		}
		return body.append(" (").append(area[2]).append(')').toString();
	}

	/** 40% to ALL, 35% to one member in full, 15% to two at mixed detail, 10% to one sanitised. */
	private List<Release> releases(SplittableRandom random, String originator) {
		int draw = random.nextInt(100);
		String first = otherMember(random, originator, null);
		if (draw < 40) {
			return List.of(new Release("ALL", "full"));
		}
		if (draw < 75) {
			return List.of(new Release(first, "full"));
		}
		if (draw < 90) {
			return List.of(new Release(first, "full"), new Release(otherMember(random, originator, first), "sanitized"));
		}
		return List.of(new Release(first, "sanitized"));
	}

	private String otherMember(SplittableRandom random, String originator, String besides) {
		String member;
		do {
			member = this.members.get(random.nextInt(this.members.size()));
		}
		while (member.equals(originator) || member.equals(besides));
		return member;
	}

	private String reader(List<Release> releases, String originator) {
		String first = releases.get(0).member();
		if (!first.equals("ALL")) {
			return first;
		}
		return this.members.get(Math.floorMod(this.members.indexOf(originator) + 1, this.members.size()));
	}

	/** One to five locations, three on average, within about 50 km of the area's centre. */
	private static List<SyntheticLocation> locations(SplittableRandom random, Object[] area) {
		int count = 1 + random.nextInt(5);
		List<SyntheticLocation> locations = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			double latitude = round((double) area[0] + random.nextDouble(-0.5, 0.5));
			double longitude = round((double) area[1] + random.nextDouble(-0.5, 0.5));
			locations.add(new SyntheticLocation(latitude, longitude, notation(random, latitude, longitude),
					"point " + (i + 1), pick(random, KINDS)));
		}
		return locations;
	}

	private static String notation(SplittableRandom random, double latitude, double longitude) {
		switch (random.nextInt(6)) {
			case 0:
				return CoordinateFormatter.degreesMinutesSeconds(latitude, longitude);
			case 1:
				return CoordinateFormatter.degreesDecimalMinutes(latitude, longitude);
			case 2:
				return CoordinateFormatter.mgrs(latitude, longitude, 5);
			case 3:
				return CoordinateFormatter.utm(latitude, longitude);
			case 4:
				return CoordinateFormatter.decimalDegrees(latitude, longitude);
			default:
				return null;
		}
	}

	private static Map<String, Object> wire(SyntheticReport report) {
		Map<String, Object> wire = new LinkedHashMap<>();
		wire.put("title", report.title());
		wire.put("body", report.body());
		wire.put("language", report.language());
		wire.put("category", report.category());
		wire.put("observedAt", report.observedAt().toString());
		wire.put("sourceReliability", report.sourceReliability());
		wire.put("credibility", report.credibility());
		wire.put("handling", report.handling());
		wire.put("releasableTo", report.releases().stream().map(SyntheticReports::wire).toList());
		wire.put("locations", report.locations().stream().map(SyntheticReports::wire).toList());
		return wire;
	}

	private static Object wire(Release release) {
		return release.member().equals("ALL") ? "ALL" : Map.of("member", release.member(), "detail", release.detail());
	}

	private static Map<String, Object> wire(SyntheticLocation location) {
		Map<String, Object> wire = new LinkedHashMap<>();
		if (location.text() != null) {
			wire.put("coordinates", location.text());
		}
		else {
			wire.put("lat", location.latitude());
			wire.put("lon", location.longitude());
		}
		wire.put("label", location.label());
		wire.put("kind", location.kind());
		return wire;
	}

	/** Five decimals, about a metre, as a report would give. */
	private static double round(double degrees) {
		return Math.round(degrees * 100_000) / 100_000.0;
	}

	private static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static <T> T pick(SplittableRandom random, T[] values) {
		return values[random.nextInt(values.length)];
	}

}
