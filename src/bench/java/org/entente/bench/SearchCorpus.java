package org.entente.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.entente.geo.Coordinate;
import org.entente.geo.CoordinateFormatter;
import org.entente.geo.Sanitisation;

/**
 * The search benchmark's reports, made as rows of the application's own tables: report {@code n} of a corpus of
 * {@code size} is always the same report, so runs compare like with like. Reports are submitted in number order
 * between {@link #FIRST} and {@link #LAST}, by the members in turn, each about one place of the
 * {@link Gazetteer}; their one to five locations cluster around it (most within a few kilometres, some tens of
 * kilometres out), and they are released as {@link SyntheticReports} releases them.
 */
final class SearchCorpus {

	static final Instant FIRST = Instant.parse("2022-01-01T00:00:00Z");

	static final Instant LAST = Instant.parse("2026-11-01T00:00:00Z");

	private static final long SEED = 0x5EA7C4_C0B905L;

	private static final List<String> CATEGORIES = List.of("maritime", "border", "cyber", "logistics", "smuggling",
			"environment", "infrastructure", "humanitarian");

	private static final List<String> KINDS = List.of("vessel", "vehicle", "site", "sighting", "facility");

	private static final String[] HANDLINGS = { "CLEAR", "GREEN", "GREEN", "GREEN", "AMBER", "AMBER", "AMBER",
			"AMBER", "AMBER+STRICT", "RED" };

	/** Degrees of spread around a place: a town (about 5 km) and its surroundings (about 30 km). */
	private static final double TOWN_SPREAD = 0.05;

	private static final double SURROUNDINGS_SPREAD = 0.3;

	private final List<String> members;

	private final long size;

	private final double minutesPerReport;

	SearchCorpus(List<String> members, long size) {
		this.members = members;
		this.size = size;
		this.minutesPerReport = Duration.between(FIRST, LAST).toMinutes() / (double) size;
	}

	GeneratedReport report(long number) {
		SplittableRandom random = new SplittableRandom(SEED ^ (number * 0x9E3779B97F4A7C15L));
		// Members submit in turn, so the originator's own count is number / members: its reference number.
		String originator = this.members.get((int) (number % this.members.size()));
		Instant submittedAt = FIRST.plusSeconds((long) ((number + random.nextDouble()) * this.minutesPerReport * 60));
		int year = submittedAt.atZone(ZoneOffset.UTC).getYear();
		String language = SearchVocabulary.LANGUAGES.get(random.nextInt(SearchVocabulary.LANGUAGES.size()));
		Gazetteer.Place place = Gazetteer.pick(random);
		Instant observedAt = submittedAt.minusSeconds(600 + random.nextLong(5 * 86_400));
		List<GeneratedReport.Release> releases = releases(random, originator);
		return new GeneratedReport(uuid(random), "%s-%d-%05d".formatted(originator, year, number / this.members.size() + 1),
				originator, originator.toLowerCase() + ".analyst", SearchVocabulary.title(random, language, place),
				SearchVocabulary.body(random, language, place), language,
				CATEGORIES.get(random.nextInt(CATEGORIES.size())), observedAt,
				(random.nextInt(5) == 0) ? submittedAt.plus(Duration.ofDays(90)) : null,
				String.valueOf((char) ('A' + random.nextInt(6))), 1 + random.nextInt(6),
				HANDLINGS[random.nextInt(HANDLINGS.length)], submittedAt, releases, locations(random, place, observedAt));
	}

	long size() {
		return this.size;
	}

	/** 40% to ALL, 35% to one member in full, 15% to two at mixed detail, 10% to one sanitised. */
	private List<GeneratedReport.Release> releases(SplittableRandom random, String originator) {
		int draw = random.nextInt(100);
		String first = otherMember(random, originator, null);
		if (draw < 40) {
			return List.of(new GeneratedReport.Release("ALL", "full"));
		}
		if (draw < 75) {
			return List.of(new GeneratedReport.Release(first, "full"));
		}
		if (draw < 90) {
			return List.of(new GeneratedReport.Release(first, "full"),
					new GeneratedReport.Release(otherMember(random, originator, first), "sanitized"));
		}
		return List.of(new GeneratedReport.Release(first, "sanitized"));
	}

	private String otherMember(SplittableRandom random, String originator, String besides) {
		String member;
		do {
			member = this.members.get(random.nextInt(this.members.size()));
		}
		while (member.equals(originator) || member.equals(besides));
		return member;
	}

	private static List<GeneratedReport.Location> locations(SplittableRandom random, Gazetteer.Place place,
			Instant observedAt) {
		int count = 1 + random.nextInt(5);
		List<GeneratedReport.Location> locations = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			double spread = (random.nextInt(10) < 7) ? TOWN_SPREAD : SURROUNDINGS_SPREAD;
			double latitude = clamp(place.latitude() + gaussian(random) * spread, -89.9, 89.9);
			double longitude = wrap(place.longitude()
					+ gaussian(random) * spread / Math.cos(Math.toRadians(place.latitude())));
			latitude = round(latitude);
			longitude = round(longitude);
			Coordinate sanitised = Sanitisation.sanitise(latitude, longitude, Sanitisation.DEFAULT_PRECISION_METERS);
			int notation = random.nextInt(10);
			// Decimal degrees, DMS and DDM only: MGRS and UTM cost more to write than the rest of a row, and no
			// search reads the text.
			String format = (notation < 5) ? "decimal" : (notation < 8) ? "dms" : "ddm";
			String text = switch (format) {
				case "dms" -> CoordinateFormatter.degreesMinutesSeconds(latitude, longitude);
				case "ddm" -> CoordinateFormatter.degreesDecimalMinutes(latitude, longitude);
				default -> latitude + ", " + longitude;
			};
			double precision = switch (format) {
				case "dms" -> 30;
				case "ddm" -> 18;
				default -> 1.1;
			};
			locations.add(new GeneratedReport.Location(uuid(random), i, latitude, longitude, precision,
					KINDS.get(random.nextInt(KINDS.size())), "point " + (i + 1), observedAt, text, format,
					sanitised.latitude(), sanitised.longitude(), sanitised.precisionMeters()));
		}
		return locations;
	}

	/** A random (version 4) UUID from the report's own random numbers, as UUID.randomUUID() makes them. */
	private static UUID uuid(SplittableRandom random) {
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}

	/** A standard normal draw (Box–Muller), capped at four deviations so no point strays across the globe. */
	private static double gaussian(SplittableRandom random) {
		double value = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
		return clamp(value, -4, 4);
	}

	private static double clamp(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}

	private static double wrap(double longitude) {
		return (longitude > 180) ? longitude - 360 : (longitude < -180) ? longitude + 360 : longitude;
	}

	/** Five decimals, about a metre, as a report would give. */
	private static double round(double degrees) {
		return Math.round(degrees * 100_000) / 100_000.0;
	}

}
