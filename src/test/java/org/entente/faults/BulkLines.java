package org.entente.faults;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NDJSON lines of a test bulk: each report's title carries a marker and its line number, so that what is
 * stored can be matched to what was sent, and line n has {@code n % 4} locations, so that a report stored
 * without all of its locations shows.
 */
final class BulkLines {

	/** As {@code entente.reports.bulk-batch-size} by default: lines stored per transaction. */
	static final int BATCH = 500;

	private final String marker;

	private final int count;

	private final String body;

	BulkLines(String marker, int count) {
		this(marker, count, "fault test");
	}

	private BulkLines(String marker, int count, String body) {
		this.marker = marker;
		this.count = count;
		this.body = body;
	}

	/** The same lines with this report body (plain letters, no escaping needed). */
	BulkLines withBody(String body) {
		return new BulkLines(this.marker, this.count, body);
	}

	int count() {
		return this.count;
	}

	String marker() {
		return this.marker;
	}

	/** Line {@code number} (from 1) with its newline. */
	byte[] line(int number) {
		StringBuilder locations = new StringBuilder();
		for (int i = 0; i < expectedLocations(number); i++) {
			locations.append((i == 0) ? "" : ",")
				.append("{\"lat\":")
				.append(10 + (number % 1000) / 100.0)
				.append(",\"lon\":")
				.append(20 + i / 10.0)
				.append(",\"label\":\"point ")
				.append(i)
				.append("\"}");
		}
		String json = "{\"title\":\"" + title(number) + "\",\"body\":\"" + this.body + "\",\"handling\":\"GREEN\","
				+ "\"locations\":[" + locations + "]}\n";
		return json.getBytes(StandardCharsets.UTF_8);
	}

	long contentLength() {
		long length = 0;
		for (int number = 1; number <= this.count; number++) {
			length += line(number).length;
		}
		return length;
	}

	String title(int number) {
		return this.marker + " line " + number;
	}

	/** The line number in a title of this bulk, or 0 when the title is not of this bulk. */
	int lineOf(String title) {
		Matcher matcher = Pattern.compile(Pattern.quote(this.marker) + " line (\\d+)").matcher(title);
		return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
	}

	static int expectedLocations(int number) {
		return number % 4;
	}

}
