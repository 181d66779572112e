package dev.piassistant.ui.training.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import dev.piassistant.core.training.EpochMetrics;

/**
 * The curves of a run as a JFreeChart: training and validation loss, the validation score (accuracy and
 * macro-F1, or R²) and the learning-rate schedule, over epochs, with the best epoch (the checkpoint early
 * stopping keeps) marked in each.
 */
final class Curves {

	private static final Color TRAIN = new Color(0x1f77b4);
	private static final Color VALIDATION = new Color(0xd62728);
	private static final Color SCORE = new Color(0x9467bd);
	private static final Color SECOND = new Color(0x2ca02c);
	private static final Color RATE = new Color(0x7f7f7f);
	private static final Color BEST = new Color(0xff7f0e);

	private Curves() {
	}

	static JFreeChart of(List<EpochMetrics> epochs) {
		var loss = new XYSeries(Messages.Chart_TrainLoss);
		var validationLoss = new XYSeries(Messages.Chart_ValidationLoss);
		boolean classes = !epochs.isEmpty() && epochs.get(0).accuracy() != null;
		var score = new XYSeries(classes ? Messages.Chart_Accuracy : Messages.Chart_R2);
		var f1 = new XYSeries(Messages.Chart_MacroF1);
		var rate = new XYSeries(Messages.Chart_Rate);
		int best = 0;
		for (var epoch : epochs) {
			loss.add(epoch.epoch(), epoch.trainLoss());
			validationLoss.add(epoch.epoch(), epoch.validationLoss());
			addIfPresent(score, epoch.epoch(), classes ? epoch.accuracy() : epoch.r2());
			addIfPresent(f1, epoch.epoch(), epoch.macroF1());
			rate.add(epoch.epoch(), epoch.learningRate());
			best = epoch.best() ? epoch.epoch() : best;
		}
		var combined = new CombinedDomainXYPlot(new NumberAxis(Messages.Chart_Epoch));
		combined.setGap(8);
		combined.add(plot(Messages.Chart_Loss, best, pair(loss, validationLoss), TRAIN, VALIDATION), 3);
		combined.add(plot(Messages.Chart_Metric, best, classes ? pair(score, f1) : single(score), SCORE, SECOND), 2);
		combined.add(plot(Messages.Chart_Rate, best, single(rate), RATE, RATE), 1);
		var chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 12), combined, true);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/** Points plotted per curve: the epochs the chart shows. */
	static int points(JFreeChart chart) {
		var combined = (CombinedDomainXYPlot) chart.getXYPlot();
		var first = combined.getSubplots().get(0);
		return first.getDataset().getItemCount(0);
	}

	private static XYPlot plot(String title, int best, XYSeriesCollection data, Color first, Color second) {
		var axis = new NumberAxis(title);
		axis.setAutoRangeIncludesZero(false);
		var renderer = new XYLineAndShapeRenderer(true, false);
		renderer.setSeriesPaint(0, first);
		renderer.setSeriesPaint(1, second);
		renderer.setSeriesStroke(0, new BasicStroke(1.6f));
		renderer.setSeriesStroke(1, new BasicStroke(1.6f));
		var plot = new XYPlot(data, null, axis, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		if (best > 0) {
			var marker = new ValueMarker(best, BEST, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] { 4, 3 }, 0));
			marker.setLabel(Messages.Chart_Best);
			marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
			plot.addDomainMarker(marker);
		}
		return plot;
	}

	private static XYSeriesCollection pair(XYSeries first, XYSeries second) {
		var data = new XYSeriesCollection(first);
		data.addSeries(second);
		return data;
	}

	private static XYSeriesCollection single(XYSeries series) {
		return new XYSeriesCollection(series);
	}

	private static void addIfPresent(XYSeries series, int epoch, @Nullable Double value) {
		if (value != null && Double.isFinite(value)) {
			series.add(epoch, value);
		}
	}
}
