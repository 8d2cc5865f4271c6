package org.entente.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The searches the benchmark asks, each as a sequence of varied queries over the {@link SearchCorpus}: query
 * {@code i} is always the same query, and consecutive ones ask about different words or places, so that no
 * measurement is a repeat of the one before it.
 */
enum SearchShape {

	/** One word of moderate frequency (a thing seen, rank 31 to 47: a few thousand reports), in every language. */
	TEXT_WORD("search a word") {
		@Override
		Map<String, String> query(int index) {
			return Map.of("q", MODERATE_WORDS.get(index % MODERATE_WORDS.size()));
		}
	},

	/** A place's name in Latin script, as English and French reports (and a third of the others) write it. */
	TEXT_PLACE("search a place name") {
		@Override
		Map<String, String> query(int index) {
			return Map.of("q", place(index).name());
		}
	},

	/** A box about 22 km across around a place, newest first. */
	AREA("search a city box") {
		@Override
		Map<String, String> query(int index) {
			return Map.of("bbox", cityBox(index));
		}
	},

	/** Five kilometres around a place, nearest first. */
	RADIUS("search 5 km around a place") {
		@Override
		Map<String, String> query(int index) {
			double[] centre = centre(index);
			return Map.of("near", String.format(Locale.ROOT, "%.5f,%.5f", centre[0], centre[1]), "radius", "5000");
		}
	},

	/** A pentagon about 25 km across around a place, turned a little from query to query, newest first. */
	POLYGON("search a city pentagon") {
		@Override
		Map<String, String> query(int index) {
			double[] centre = centre(index);
			double turn = index * 0.37;
			StringBuilder ring = new StringBuilder();
			for (int corner = 0; corner <= 5; corner++) {
				double angle = turn + 2 * Math.PI * (corner % 5) / 5;
				double latitude = centre[0] + CITY_RADIUS * Math.sin(angle);
				double longitude = centre[1] + CITY_RADIUS * Math.cos(angle) / Math.cos(Math.toRadians(centre[0]));
				ring.append((corner > 0) ? "," : "").append(String.format(Locale.ROOT, "[%.5f,%.5f]", longitude, latitude));
			}
			return Map.of("polygon", "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}");
		}
	},

	/** A fairly common word (rank 10 to 19) in a city box, observed within one year: an analyst narrowing down. */
	COMBINED("search words + box + year") {
		@Override
		Map<String, String> query(int index) {
			int year = 2022 + index % 5;
			Map<String, String> query = new LinkedHashMap<>();
			query.put("q", COMMON_WORDS.get(index % COMMON_WORDS.size()));
			query.put("bbox", cityBox(index));
			query.put("observedFrom", year + "-01-01T00:00:00Z");
			query.put("observedTo", year + "-12-31T23:59:59Z");
			return query;
		}
	};

	/** Half the side of a city box, and the pentagon's radius, in degrees of latitude (about 11 km). */
	private static final double CITY_RADIUS = 0.1;

	private static final List<String> MODERATE_WORDS = words(31, 48);

	private static final List<String> COMMON_WORDS = words(10, 20);

	private final String wireName;

	SearchShape(String wireName) {
		this.wireName = wireName;
	}

	String wireName() {
		return this.wireName;
	}

	/** The query parameters of query {@code index}, without the page size. */
	abstract Map<String, String> query(int index);

	/** The places in turn; after each round of all fifty, the centre moves a little (see {@link #centre}). */
	private static Gazetteer.Place place(int index) {
		return Gazetteer.PLACES.get(index % Gazetteer.PLACES.size());
	}

	/** The place's centre, moved by up to 4 km north and east from round to round of the gazetteer. */
	private static double[] centre(int index) {
		Gazetteer.Place place = place(index);
		int round = index / Gazetteer.PLACES.size();
		double shift = ((round % 5) - 2) * 0.018;
		return new double[] { place.latitude() + shift, place.longitude() + shift };
	}

	private static String cityBox(int index) {
		double[] centre = centre(index);
		double longitudeRadius = CITY_RADIUS / Math.cos(Math.toRadians(centre[0]));
		return String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", centre[1] - longitudeRadius, centre[0] - CITY_RADIUS,
				centre[1] + longitudeRadius, centre[0] + CITY_RADIUS);
	}

	/** The single words among the things seen at ranks {@code from} to {@code to} (exclusive), language by language. */
	private static List<String> words(int from, int to) {
		List<String> words = new ArrayList<>();
		for (int rank = from; rank < to; rank++) {
			for (String language : List.of("en", "fr", "ru", "ar", "fa")) {
				// French things carry their article; the word is what follows it.
				String thing = SearchVocabulary.thing(rank, language).replaceFirst("^(un|une|des) ", "");
				if (!thing.contains(" ") && !thing.contains("\u200c") && !words.contains(thing)) {
					words.add(thing);
				}
			}
		}
		return List.copyOf(words);
	}

}
