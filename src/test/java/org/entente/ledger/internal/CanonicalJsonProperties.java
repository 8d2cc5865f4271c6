package org.entente.ledger.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.erdtman.jcs.JsonCanonicalizer;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link CanonicalJson}'s one pass writes exactly what Jackson followed by the erdtman canonicaliser wrote for
 * the same event, which every entry appended so far was committed to.
 */
class CanonicalJsonProperties {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final CanonicalJson canonicalJson = new CanonicalJson();

	@Property(tries = 500)
	void onePassEqualsJacksonThenCanonicaliser(@ForAll("events") Map<String, Object> event) throws Exception {
		assertThat(this.canonicalJson.canonical(event)).isEqualTo(twoPasses(event));
	}

	@Example
	void numbersAreEcmaScriptDoubles() throws Exception {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("exact", 9_007_199_254_740_992L);
		event.put("rounded", 9_007_199_254_740_993L);
		event.put("large", Long.MIN_VALUE);
		event.put("negativeZero", -0.0);
		event.put("tiny", 5e-324);
		event.put("huge", 1e21);
		event.put("float", 0.1f);
		event.put("decimal", new BigDecimal("1E+3"));
		assertThat(this.canonicalJson.canonical(event)).isEqualTo(twoPasses(event))
			.isEqualTo("{\"decimal\":1000,\"exact\":9007199254740992,\"float\":0.1,\"huge\":1e+21,"
					+ "\"large\":-9223372036854776000,\"negativeZero\":0,\"rounded\":9007199254740992,\"tiny\":5e-324}");
	}

	@Example
	void namesAreSortedByUtf16CodeUnits() throws Exception {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("\uD83D\uDE00", 1);
		event.put("\uFB33", 2);
		event.put("a", 3);
		event.put("A", 4);
		assertThat(this.canonicalJson.canonical(event)).isEqualTo(twoPasses(event))
			.isEqualTo("{\"A\":4,\"a\":3,\"\uD83D\uDE00\":1,\"\uFB33\":2}");
	}

	@Example
	void aNumberThatIsNoJsonNumberIsWrittenAsBefore() throws Exception {
		for (double number : new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }) {
			Map<String, Object> event = Map.of("value", number);
			assertThat(this.canonicalJson.canonical(event)).isEqualTo(twoPasses(event));
		}
	}

	@Provide
	Arbitrary<Map<String, Object>> events() {
		return Arbitraries.maps(names(), values(2)).ofMaxSize(6);
	}

	private static Arbitrary<Object> values(int depth) {
		Arbitrary<Object> scalar = Arbitraries.oneOf(texts().map(Object.class::cast),
				Arbitraries.integers().map(Object.class::cast), Arbitraries.longs().map(Object.class::cast),
				Arbitraries.doubles().map(Object.class::cast),
				Arbitraries.longs().map(bits -> (Object) Double.longBitsToDouble(bits)),
				Arbitraries.of(true, false).map(Object.class::cast), Arbitraries.just(null),
				Arbitraries.of(Kind.values()).map(Object.class::cast),
				Arbitraries.longs().between(0, 4_000_000_000L)
					.map(seconds -> (Object) Instant.ofEpochSecond(seconds).plus(seconds % 1000, ChronoUnit.MICROS)));
		if (depth == 0) {
			return scalar;
		}
		Arbitrary<Object> list = values(depth - 1).list().ofMaxSize(4).map(Object.class::cast);
		Arbitrary<Object> set = texts().set().ofMaxSize(3).map(texts -> (Object) new LinkedHashSet<>(texts));
		Arbitrary<Object> map = Arbitraries.maps(names(), values(depth - 1)).ofMaxSize(4).map(Object.class::cast);
		return Arbitraries.frequencyOf(Tuple.of(6, scalar), Tuple.of(2, list),
				Tuple.of(1, set), Tuple.of(2, map));
	}

	private static Arbitrary<String> names() {
		return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMaxLength(6), texts());
	}

	/** Any UTF-16 text: control characters, quotes, non-BMP pairs and lone surrogates included. */
	private static Arbitrary<String> texts() {
		return Arbitraries.strings().all().ofMaxLength(12);
	}

	private static String twoPasses(Map<String, ?> event) throws Exception {
		return new JsonCanonicalizer(MAPPER.writeValueAsString(event)).getEncodedString();
	}

	enum Kind {

		POINT, AREA

	}

}
