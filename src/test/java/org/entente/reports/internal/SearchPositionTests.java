package org.entente.reports.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.entente.platform.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A search cursor is not signed: what its key holds is checked before it reaches SQL. */
class SearchPositionTests {

	private static final UUID ID = UUID.fromString("6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c");

	/** Sort keys as the server writes them: Instant.toString, and PostgreSQL's real and float8 text. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "TIME | 2026-05-01T10:15:30.123456Z", "TIME | 0001-01-01T00:00:00Z",
			"RELEVANCE | 0.0607927", "RELEVANCE | 1e-05", "RELEVANCE | 0", "RELEVANCE | 1.25",
			"DISTANCE | 0", "DISTANCE | 1234.567890123", "DISTANCE | 19999999.99", "DISTANCE | 1.5e-07" })
	void aCursorTheServerWroteReadsBackExactly(SearchOrder order, String key) {
		SearchPosition position = new SearchPosition(order, key, ID);
		assertThat(SearchPosition.decode(position.encode())).isEqualTo(position);
	}

	@ParameterizedTest
	@ValueSource(strings = { "time|garbage|", "time||", "time|+1000000000-01-01T00:00:00Z|",
			"time|-4714-01-01T00:00:00Z|", "time|+294277-01-01T00:00:00Z|", "relevance|abc|", "relevance|-1e308|",
			"relevance|1e39|", "relevance|NaN|", "relevance|Infinity|", "relevance|-1|", "relevance|1e-50|",
			"relevance|0x1p3|", "distance|1e999|", "distance|-1e308|", "distance|NaN|", "distance|-5|",
			"distance|1d|", "distance|1e-400|", "distance|40000000|", "nearest|1|" })
	void aForgedKeyIsRefusedAsNotOurs(String forged) {
		String cursor = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((forged + ID).getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> SearchPosition.decode(cursor)).isInstanceOfSatisfying(InvalidRequestException.class,
				(exception) -> assertThat(exception.problems().get(0).field()).isEqualTo("cursor"));
	}

}
