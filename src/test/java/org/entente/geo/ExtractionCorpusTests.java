package org.entente.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extraction measured on {@code geo/extraction-corpus.jsonl}: snippets of military messages, news and chat in
 * English, French, Arabic, Persian and Russian, written for this test before the extractor, each with the
 * coordinates an analyst would mark in it (the real place the writer meant, the exact text and the notation) and
 * many dates, times, phone numbers, versions, references, amounts and measurements that must not match.
 *
 * <p>
 * A found coordinate is a true positive when it overlaps an expected span, has its notation and lies within one and
 * a half times its own precision (plus 20 m for the places' own rounding) of the expected point; every other found
 * coordinate is a false positive, every expected one not so found a miss.
 */
class ExtractionCorpusTests {

	private static final String CORPUS = "/geo/extraction-corpus.jsonl";

	private static final double MINIMUM_PRECISION = 0.98;

	private static final double MINIMUM_RECALL = 0.95;

	record Expected(int start, int end, double latitude, double longitude, CoordinateFormat format) {

	}

	record Snippet(String id, String text, List<Expected> expected) {

	}

	@Test
	void extractionIsPreciseAndCompleteOnTheCorpus() throws IOException {
		List<Snippet> snippets = corpus();
		int expected = 0;
		int found = 0;
		int truePositives = 0;
		List<String> mistakes = new ArrayList<>();
		for (Snippet snippet : snippets) {
			List<ExtractedCoordinate> extracted = CoordinateExtractor.extract(snippet.text());
			int matched = matched(snippet, extracted, mistakes);
			expected += snippet.expected().size();
			found += extracted.size();
			truePositives += matched;
		}
		double precision = (found == 0) ? 1 : (double) truePositives / found;
		double recall = (expected == 0) ? 1 : (double) truePositives / expected;
		System.out.printf("extraction corpus: %d snippets, %d expected, %d found, precision %.3f, recall %.3f%n",
				snippets.size(), expected, found, precision, recall);
		mistakes.forEach((mistake) -> System.out.println("  " + mistake));
		assertThat(snippets).hasSizeGreaterThanOrEqualTo(300);
		assertThat(precision).as("precision").isGreaterThanOrEqualTo(MINIMUM_PRECISION);
		assertThat(recall).as("recall").isGreaterThanOrEqualTo(MINIMUM_RECALL);
	}

	/**
	 * The number of expected coordinates found; describes every false positive and miss.
	 */
	private static int matched(Snippet snippet, List<ExtractedCoordinate> extracted, List<String> mistakes) {
		List<Expected> unmatched = new ArrayList<>(snippet.expected());
		for (ExtractedCoordinate coordinate : extracted) {
			Expected match = unmatched.stream().filter((candidate) -> matches(candidate, coordinate)).findFirst()
				.orElse(null);
			if (match == null) {
				mistakes.add("false positive in " + snippet.id() + ": " + describe(coordinate));
			}
			else {
				unmatched.remove(match);
			}
		}
		unmatched.forEach((miss) -> mistakes.add("missed in " + snippet.id() + ": '"
				+ snippet.text().substring(miss.start(), miss.end()) + "' " + miss.format().wireName()));
		return snippet.expected().size() - unmatched.size();
	}

	private static boolean matches(Expected expected, ExtractedCoordinate coordinate) {
		boolean overlapping = coordinate.start() < expected.end() && expected.start() < coordinate.end();
		double distance = Distance.geodesicMeters(expected.latitude(), expected.longitude(), coordinate.latitude(),
				coordinate.longitude());
		return overlapping && coordinate.format() == expected.format()
				&& distance <= 1.5 * coordinate.precisionMeters() + 20;
	}

	private static String describe(ExtractedCoordinate coordinate) {
		return String.format("'%s' [%d,%d) %s %.5f %.5f", coordinate.text(), coordinate.start(), coordinate.end(),
				coordinate.format().wireName(), coordinate.latitude(), coordinate.longitude());
	}

	private static List<Snippet> corpus() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<Snippet> snippets = new ArrayList<>();
		try (InputStream stream = ExtractionCorpusTests.class.getResourceAsStream(CORPUS)) {
			assertThat(stream).as(CORPUS).isNotNull();
			for (String line : new String(stream.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					snippets.add(snippet(json.readTree(line)));
				}
			}
		}
		return snippets;
	}

	/**
	 * Expected coordinates are given by their text; each is looked for after the previous one.
	 */
	private static Snippet snippet(JsonNode node) {
		String text = node.path("text").asString();
		List<Expected> expected = new ArrayList<>();
		int from = 0;
		for (JsonNode coordinate : node.path("expected")) {
			String written = coordinate.path("text").asString();
			int start = text.indexOf(written, from);
			assertThat(start).as("'%s' in %s", written, node.path("id").asString()).isNotNegative();
			from = start + written.length();
			expected.add(new Expected(start, from, coordinate.path("lat").asDouble(),
					coordinate.path("lon").asDouble(),
					CoordinateFormat.fromWireName(coordinate.path("format").asString())));
		}
		return new Snippet(node.path("id").asString(), text, expected);
	}

}
