package dev.piassistant.training.tests;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.training.RunSummary;
import dev.piassistant.training.internal.prep.Prepared;
import dev.piassistant.training.internal.prep.Split;

/**
 * One model's test score on one split: accuracy and macro-F1 for classes, R² for regression (then
 * {@code score} is R² and {@code f1} is NaN); seconds to train.
 */
record Result(String dataset, long seed, String model, double score, double f1, double seconds) {

	static Result of(String dataset, long seed, String model, RunSummary run) {
		var test = run.test();
		double seconds = TrainingBenchmark.timeOf(run).toMillis() / 1000.0;
		return test.accuracy() != null ? new Result(dataset, seed, model, test.accuracy(), test.macroF1(), seconds)
				: new Result(dataset, seed, model, test.r2(), Double.NaN, seconds);
	}

	/** A result of peers.py. */
	static Result of(JsonNode node) {
		boolean regression = node.has("r2");
		return new Result(node.get("dataset").asText(), node.get("seed").asLong(), node.get("model").asText(),
				regression ? node.get("r2").asDouble() : node.get("accuracy").asDouble(), regression ? Double.NaN : node.get("macro_f1").asDouble(),
				node.get("seconds").asDouble());
	}

	/** The majority class of the training rows (or their mean, whose R² is about 0) predicted for every test row. */
	static Result floor(String dataset, long seed, Prepared data, Split split) {
		if (!data.task().isClassification()) {
			double mean = Arrays.stream(split.train()).mapToDouble(row -> data.targets()[row]).average().orElse(0);
			double total = 0, residual = 0, testMean = Arrays.stream(split.test()).mapToDouble(row -> data.targets()[row]).average().orElse(0);
			for (int row : split.test()) {
				residual += Math.pow(data.targets()[row] - mean, 2);
				total += Math.pow(data.targets()[row] - testMean, 2);
			}
			return new Result(dataset, seed, "mean", 1 - residual / total, Double.NaN, 0);
		}
		var counts = new int[data.classes().size()];
		Arrays.stream(split.train()).forEach(row -> counts[data.classOf()[row]]++);
		int majority = 0;
		for (int c = 1; c < counts.length; c++) {
			majority = counts[c] > counts[majority] ? c : majority;
		}
		int chosen = majority;
		long right = Arrays.stream(split.test()).filter(row -> data.classOf()[row] == chosen).count();
		double accuracy = right / (double) split.test().length;
		// Macro-F1 of always answering one class: its own F1, zero for the others.
		double f1 = 2 * accuracy / (1 + accuracy) / counts.length;
		return new Result(dataset, seed, "majority", accuracy, f1, 0);
	}

	/** Means over the seeds per dataset and model, best first, and how far Pi is from the best peer. */
	static void table(List<Result> results, Printer out) {
		Map<String, Map<String, List<Result>>> byDataset = new TreeMap<>(
				results.stream().collect(Collectors.groupingBy(Result::dataset, Collectors.groupingBy(Result::model))));
		for (var dataset : byDataset.entrySet()) {
			out.line("%n%s (%d seeds)  %-20s %10s %10s %10s%n", dataset.getKey(), dataset.getValue().values().iterator().next().size(), "model",
					Double.isNaN(dataset.getValue().values().iterator().next().get(0).f1()) ? "R2" : "accuracy", "macro-F1", "seconds");
			var means = dataset.getValue().entrySet().stream().map(e -> mean(e.getKey(), e.getValue()))
					.sorted(Comparator.comparingDouble(Result::score).reversed()).toList();
			means.forEach(m -> out.line("  %-30s %10.4f %10.4f %10.3f%n", m.model(), m.score(), m.f1(), m.seconds()));
			var pi = means.stream().filter(m -> m.model().equals("pi")).findFirst();
			var best = means.stream().filter(m -> !List.of("pi", "majority", "mean").contains(m.model())).findFirst();
			if (pi.isPresent() && best.isPresent()) {
				double gap = (best.get().score() - pi.get().score()) * 100;
				var where = Math.abs(gap) < 0.05 ? "level with" : String.format(java.util.Locale.ROOT, "%.1f points %s", Math.abs(gap), gap > 0 ? "below" : "above");
				out.line("  Pi is %s the best peer (%s); goal, within 2 points: %s%n", where, best.get().model(), gap <= 2 ? "met" : "missed");
			}
		}
	}

	private static Result mean(String model, List<Result> results) {
		var first = results.get(0);
		return new Result(first.dataset(), 0, model, results.stream().mapToDouble(Result::score).average().orElse(0),
				results.stream().mapToDouble(Result::f1).average().orElse(Double.NaN), results.stream().mapToDouble(Result::seconds).average().orElse(0));
	}

	/** Where the table goes. */
	interface Printer {
		void line(String format, Object... arguments);
	}
}
