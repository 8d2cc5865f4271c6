package org.entente.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * How cost grows with data: one PNG of three charts over the data set size, the application's p95 per
 * operation, the ingest rates, and every scenario's ratio to its baseline (the headline, since it is the figure
 * that survives a noisy machine).
 */
final class ScalingPlot {

	private static final Color[] PALETTE = { new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
			new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
			new Color(0xbcbd22), new Color(0x17becf), new Color(0x393b79), new Color(0xad494a) };

	private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
			new float[] { 6f, 4f }, 0f);

	private ScalingPlot() {
	}

	static void write(List<ScenarioResult> results, Path png) throws IOException {
		XYChart latency = chart("p95 per operation (application)", "milliseconds");
		XYChart ingest = chart("ingest rate", "reports per second");
		XYChart ratios = chart("ratio to the same-run baseline", "ratio (see table for its sense)");
		latency.getStyler().setYAxisLogarithmic(true);
		int index = 0;
		for (Map.Entry<String, List<ScenarioResult>> scenario : byScenario(results).entrySet()) {
			List<ScenarioResult> figures = scenario.getValue();
			if (figures.get(0).comparison() == Comparison.P99) {
				// SSE latency runs at one size only and reads no stored data: it has no curve over the sizes.
				continue;
			}
			// One colour per scenario in every chart, so that a line can be followed from one chart to the next.
			Color colour = PALETTE[index++ % PALETTE.length];
			if (figures.get(0).comparison() == Comparison.P95) {
				add(latency, scenario.getKey(), colour, figures, (result) -> result.application().p95());
			}
			else {
				add(ingest, scenario.getKey(), colour, figures, (result) -> result.application().rate());
				add(ingest, "baseline: " + figures.get(0).baseline(), colour, figures,
						(result) -> result.baselineFigure().rate())
					.setLineStyle(DASHED);
			}
			add(ratios, scenario.getKey(), colour, figures, ScenarioResult::ratio);
		}
		BitmapEncoder.saveBitmap(List.of(latency, ingest, ratios), 1, 3, png.toString(), BitmapFormat.PNG);
	}

	private static XYChart chart(String title, String yAxis) {
		XYChart chart = new XYChartBuilder().width(640).height(480).title(title).xAxisTitle("reports stored").yAxisTitle(yAxis).build();
		chart.getStyler().setXAxisLogarithmic(true);
		chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
		chart.getStyler().setLegendFont(chart.getStyler().getLegendFont().deriveFont(10f));
		chart.getStyler().setDecimalPattern("#,##0.##");
		return chart;
	}

	private static XYSeries add(XYChart chart, String name, Color colour, List<ScenarioResult> figures,
			Function<ScenarioResult, Double> value) {
		List<ScenarioResult> measured = figures.stream().filter((result) -> value.apply(result) != null).toList();
		XYSeries series = chart.addSeries(name, measured.stream().map((result) -> (double) result.size()).toList(),
				measured.stream().map(value).toList());
		series.setMarker(SeriesMarkers.CIRCLE);
		series.setLineColor(colour);
		series.setMarkerColor(colour);
		return series;
	}

	private static Map<String, List<ScenarioResult>> byScenario(List<ScenarioResult> results) {
		Map<String, List<ScenarioResult>> byScenario = new LinkedHashMap<>();
		for (ScenarioResult result : results) {
			byScenario.computeIfAbsent(result.scenario(), (name) -> new java.util.ArrayList<>()).add(result);
		}
		return byScenario;
	}

}
