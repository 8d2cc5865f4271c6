package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results as a table: aligned text for the terminal, or Markdown for docs/performance.md. Latencies are
 * milliseconds per operation; rates are operations (reports, for ingest) per second.
 */
final class ResultsTable {

	private static final List<String> HEADINGS = List.of("scenario", "size", "n", "p50 ms", "p95 ms", "p99 ms",
			"rate/s", "baseline", "base p50", "base p95", "base rate/s", "ratio");

	private final List<List<String>> rows = new ArrayList<>();

	private final List<String> measurements = new ArrayList<>();

	ResultsTable(List<ScenarioResult> results) {
		for (ScenarioResult result : results) {
			if (!result.measurements().isEmpty()) {
				this.measurements.add(result.scenario() + ": " + result.measurements());
			}
			Figure application = result.application();
			Figure baseline = result.baselineFigure();
			this.rows.add(List.of(result.scenario(), String.format(Locale.ROOT, "%,d", result.size()),
					count(application), milliseconds(application.p50()), milliseconds(application.p95()),
					milliseconds(application.p99()), rate(application.rate()), result.baseline(),
					milliseconds(baseline.p50()), milliseconds(baseline.p95()), rate(baseline.rate()), ratio(result)));
		}
	}

	String text() {
		int[] widths = new int[HEADINGS.size()];
		for (int column = 0; column < widths.length; column++) {
			widths[column] = HEADINGS.get(column).length();
			for (List<String> row : this.rows) {
				widths[column] = Math.max(widths[column], row.get(column).length());
			}
		}
		StringBuilder text = new StringBuilder();
		line(text, HEADINGS, widths);
		for (List<String> row : this.rows) {
			line(text, row, widths);
		}
		this.measurements.forEach((measurement) -> text.append(measurement).append('\n'));
		return text.toString();
	}

	String markdown() {
		StringBuilder markdown = new StringBuilder("| ").append(String.join(" | ", HEADINGS)).append(" |\n|");
		for (int column = 0; column < HEADINGS.size(); column++) {
			markdown.append((column == 0 || column == 7) ? "---|" : "---:|");
		}
		markdown.append('\n');
		for (List<String> row : this.rows) {
			markdown.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		// Figures outside the columns (memory per stream client) follow the table as a list.
		markdown.append(this.measurements.isEmpty() ? "" : "\n");
		this.measurements.forEach((measurement) -> markdown.append("- ").append(measurement).append('\n'));
		return markdown.toString();
	}

	private static void line(StringBuilder text, List<String> cells, int[] widths) {
		for (int column = 0; column < cells.size(); column++) {
			String cell = cells.get(column);
			String padding = " ".repeat(widths[column] - cell.length());
			// Names left, figures right, as figures are compared down a column.
			text.append((column == 0 || column == 7) ? cell + padding : padding + cell).append("  ");
		}
		text.append('\n');
	}

	private static String count(Figure figure) {
		String count = String.format(Locale.ROOT, "%,d", figure.count());
		return (figure.errors() > 0) ? count + " (" + figure.errors() + " errors)" : count;
	}

	private static String milliseconds(Double value) {
		return (value == null) ? "" : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String rate(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}

	private static String ratio(ScenarioResult result) {
		if (result.ratio() == null) {
			return "";
		}
		return String.format(Locale.ROOT, "%.2f (%s)", result.ratio(), result.comparison().label());
	}

}
