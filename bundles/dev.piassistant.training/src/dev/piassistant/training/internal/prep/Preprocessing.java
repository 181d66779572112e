package dev.piassistant.training.internal.prep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import dev.piassistant.core.training.TaskType;

/**
 * How rows become features, fitted on the training split only and kept with the model (as JSON), so that a
 * deployed model encodes new rows exactly as it was trained. Numbers are standardised (mean 0, deviation 1);
 * categories are one-hot encoded, a category never seen in training encoding as all zeros; a text is TF-IDF
 * over the vocabulary. A regression's target is standardised too, and predictions are scaled back. The
 * {@link Encoder} applies it.
 *
 * @param inputs        the input columns, in feature order
 * @param numeric       which inputs are numbers
 * @param means         each numeric input's training mean (0 for the others)
 * @param deviations    each numeric input's training standard deviation (1 where it is constant)
 * @param categories    each category input's values seen in training, most frequent first
 * @param vocabulary    the terms of a text classifier
 * @param idf           their inverse document frequencies
 * @param classes       the classes, in output order
 * @param targetMean    a regression target's training mean
 * @param targetDeviation a regression target's training standard deviation
 * @param lowConfidence below this probability a class prediction is flagged as uncertain
 */
public record Preprocessing(TaskType task, List<String> inputs, List<Boolean> numeric, double[] means, double[] deviations,
		List<List<String>> categories, List<String> vocabulary, double[] idf, List<String> classes, double targetMean,
		double targetDeviation, double lowConfidence) {

	/** Predictions less likely than this are flagged, so that the agent asks the user. */
	public static final double LOW_CONFIDENCE = 0.6;

	public Preprocessing {
		inputs = List.copyOf(inputs);
		numeric = List.copyOf(numeric);
		categories = categories.stream().map(List::copyOf).toList();
		vocabulary = List.copyOf(vocabulary);
		classes = List.copyOf(classes);
	}

	public static Preprocessing fit(Prepared data, int[] train, int vocabulary) {
		var names = data.inputNames();
		if (data.task() == TaskType.TEXT_CLASSIFICATION) {
			var texts = new ArrayList<String>(train.length);
			for (int row : train) {
				texts.add(data.table().rows().get(row).cell(data.inputs().get(0)));
			}
			var fitted = TextFeatures.fit(texts, vocabulary);
			return new Preprocessing(data.task(), names, data.numeric(), new double[1], new double[] { 1 }, List.of(List.of()),
					fitted.vocabulary(), fitted.idf(), data.classes(), 0, 1, LOW_CONFIDENCE);
		}
		int count = names.size();
		var means = new double[count];
		var deviations = new double[count];
		var categories = new ArrayList<List<String>>();
		for (int i = 0; i < count; i++) {
			var values = column(data, train, data.inputs().get(i));
			deviations[i] = 1;
			if (data.numeric().get(i)) {
				var numbers = values.stream().mapToDouble(Cells::number).toArray();
				means[i] = mean(numbers);
				deviations[i] = deviation(numbers, means[i]);
				categories.add(List.of());
			} else {
				categories.add(byFrequency(values));
			}
		}
		double targetMean = 0, targetDeviation = 1;
		if (data.task() == TaskType.TABULAR_REGRESSION) {
			var targets = java.util.Arrays.stream(train).mapToDouble(row -> data.targets()[row]).toArray();
			targetMean = mean(targets);
			targetDeviation = deviation(targets, targetMean);
		}
		return new Preprocessing(data.task(), names, data.numeric(), means, deviations, categories, List.of(), new double[0], data.classes(),
				targetMean, targetDeviation, LOW_CONFIDENCE);
	}

	/** Numbers per row. */
	public int features() {
		if (task == TaskType.TEXT_CLASSIFICATION) {
			return vocabulary.size();
		}
		int features = 0;
		for (int i = 0; i < inputs.size(); i++) {
			features += numeric.get(i) ? 1 : categories.get(i).size();
		}
		return features;
	}

	/** A regression output in the label's units. */
	public double target(double standardised) {
		return standardised * targetDeviation + targetMean;
	}

	/** A regression label as the network learns it. */
	public double standardise(double target) {
		return (target - targetMean) / targetDeviation;
	}

	private static List<String> column(Prepared data, int[] rows, int column) {
		var values = new ArrayList<String>(rows.length);
		for (int row : rows) {
			values.add(data.table().rows().get(row).cell(column).trim());
		}
		return values;
	}

	private static List<String> byFrequency(List<String> values) {
		var counts = new HashMap<String, Integer>();
		values.forEach(value -> counts.merge(value, 1, Integer::sum));
		return counts.keySet().stream().sorted(Comparator.comparing((String value) -> -counts.get(value)).thenComparing(Comparator.naturalOrder()))
				.toList();
	}

	static double mean(double[] values) {
		double sum = 0;
		for (var value : values) {
			sum += value;
		}
		return values.length == 0 ? 0 : sum / values.length;
	}

	static double deviation(double[] values, double mean) {
		double sum = 0;
		for (var value : values) {
			sum += (value - mean) * (value - mean);
		}
		var deviation = values.length == 0 ? 0 : Math.sqrt(sum / values.length);
		return deviation > 1e-12 ? deviation : 1;
	}
}
