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
 * Extraction measured on {@code geo/extraction-corpus-blind.jsonl}: 268 snippets (English, French, Arabic, Persian,
 * Russian; military messages, news, chat) written by a reviewer who had not read the extractor's tests, its MGRS
 * and UTM answers computed by other libraries (npm mgrs, utm-latlng). The last 50 were written after the first
 * round of fixes the first 218 led to, as a held-out check. A found coordinate is a true positive when it overlaps
 * an expected span and lies within the expected tolerance (in degrees, by the digits written) of the expected
 * point; the notation is not scored here, as {@link ExtractionCorpusTests} does that.
 */
class BlindExtractionCorpusTests {

	private static final String CORPUS = "/geo/extraction-corpus-blind.jsonl";

	record Expected(int start, int end, double latitude, double longitude, double tolerance) {
	}

	@Test
	void extractionIsPreciseAndCompleteOnACorpusWrittenApart() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		int snippets = 0;
		int expectedCount = 0;
		int found = 0;
		int truePositives = 0;
		List<String> mistakes = new ArrayList<>();
		try (InputStream stream = BlindExtractionCorpusTests.class.getResourceAsStream(CORPUS)) {
			assertThat(stream).as(CORPUS).isNotNull();
			for (String line : new String(stream.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode snippet = json.readTree(line);
				String text = snippet.path("text").asString();
				List<Expected> unmatched = expected(snippet, text);
				expectedCount += unmatched.size();
				for (ExtractedCoordinate coordinate : CoordinateExtractor.extract(text)) {
					found++;
					Expected match = unmatched.stream().filter((candidate) -> matches(candidate, coordinate)).findFirst()
						.orElse(null);
					if (match == null) {
						mistakes.add("false positive in " + snippet.path("id").asString() + ": '" + coordinate.text() + "'");
					}
					else {
						unmatched.remove(match);
						truePositives++;
					}
				}
				unmatched.forEach((miss) -> mistakes.add("missed in " + snippet.path("id").asString() + ": '"
						+ text.substring(miss.start(), miss.end()) + "'"));
				snippets++;
			}
		}
		double precision = (found == 0) ? 1 : (double) truePositives / found;
		double recall = (expectedCount == 0) ? 1 : (double) truePositives / expectedCount;
		System.out.printf("blind extraction corpus: %d snippets, %d expected, %d found, precision %.3f, recall %.3f%n",
				snippets, expectedCount, found, precision, recall);
		mistakes.forEach((mistake) -> System.out.println("  " + mistake));
		assertThat(snippets).isEqualTo(268);
		assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.98);
		assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.95);
	}

	/** Each expected coordinate by its text and which occurrence of that text it is. */
	private static List<Expected> expected(JsonNode snippet, String text) {
		List<Expected> expected = new ArrayList<>();
		for (JsonNode coordinate : snippet.path("expected")) {
			String span = coordinate.path("span").asString();
			int start = -1;
			for (int occurrence = 0; occurrence <= coordinate.path("occ").asInt(); occurrence++) {
				start = text.indexOf(span, start + 1);
			}
			assertThat(start).as("'%s' in %s", span, snippet.path("id").asString()).isNotNegative();
			expected.add(new Expected(start, start + span.length(), coordinate.path("lat").asDouble(),
					coordinate.path("lon").asDouble(), coordinate.path("tol").asDouble()));
		}
		return expected;
	}

	private static boolean matches(Expected expected, ExtractedCoordinate coordinate) {
		return coordinate.start() < expected.end() && expected.start() < coordinate.end()
				&& Math.abs(coordinate.latitude() - expected.latitude()) <= expected.tolerance()
				&& Math.abs(coordinate.longitude() - expected.longitude()) <= expected.tolerance();
	}

}
