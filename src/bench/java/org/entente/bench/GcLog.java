package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's {@code -Xlog:gc} file, read for the heap in use after each collection: the floor of those
 * values is the live data, and a floor that keeps rising over a soak is a leak.
 */
final class GcLog {

	/** {@code [12.345s][info][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 45M->12M(256M) 3.456ms} */
	private static final Pattern COLLECTION = Pattern
		.compile("^\\[(\\d+[.,]\\d+)s\\].*GC\\(\\d+\\) (.+?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	private GcLog() {
	}

	/** The collections logged, their times made absolute from the JVM's start. */
	static List<Collection> read(Path file, Instant jvmStart) throws IOException {
		List<Collection> collections = new ArrayList<>();
		if (!Files.exists(file)) {
			return collections;
		}
		for (String line : Files.readAllLines(file)) {
			Matcher matcher = COLLECTION.matcher(line);
			if (matcher.find()) {
				double uptime = Double.parseDouble(matcher.group(1).replace(',', '.'));
				collections.add(new Collection(jvmStart.plusMillis((long) (uptime * 1000)), matcher.group(2),
						megabytes(matcher.group(5), matcher.group(6)), megabytes(matcher.group(7), matcher.group(8))));
			}
		}
		return collections;
	}

	private static double megabytes(String amount, String unit) {
		double value = Double.parseDouble(amount);
		switch (unit) {
			case "K":
				return value / 1024;
			case "G":
				return value * 1024;
			default:
				return value;
		}
	}

	/** One collection: when, which kind, and the heap after it and its capacity, in MiB. */
	record Collection(Instant time, String kind, double heapAfterMegabytes, double capacityMegabytes) {
	}

}
