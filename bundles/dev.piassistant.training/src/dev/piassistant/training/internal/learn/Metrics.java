package dev.piassistant.training.internal.learn;

import java.util.ArrayList;
import java.util.List;

import dev.piassistant.core.training.ClassMetrics;
import dev.piassistant.core.training.Evaluation;

/**
 * Classification and regression metrics as scikit-learn defines them: accuracy; macro-F1, the mean of each
 * class's F1 with an undefined precision or recall counted as 0; MAE, RMSE and R² (1 less the residual sum of
 * squares over the total sum of squares about the mean of the truth).
 */
public final class Metrics {

	private Metrics() {
	}

	public static int[][] confusion(int[] truth, int[] predicted, int classes) {
		var matrix = new int[classes][classes];
		for (int i = 0; i < truth.length; i++) {
			matrix[truth[i]][predicted[i]]++;
		}
		return matrix;
	}

	public static double accuracy(int[][] confusion) {
		long right = 0, all = 0;
		for (int i = 0; i < confusion.length; i++) {
			for (int j = 0; j < confusion.length; j++) {
				all += confusion[i][j];
				right += i == j ? confusion[i][j] : 0;
			}
		}
		return all == 0 ? 0 : (double) right / all;
	}

	public static List<ClassMetrics> perClass(int[][] confusion, List<String> labels) {
		var metrics = new ArrayList<ClassMetrics>();
		for (int k = 0; k < confusion.length; k++) {
			int truePositive = confusion[k][k], actual = 0, predicted = 0;
			for (int j = 0; j < confusion.length; j++) {
				actual += confusion[k][j];
				predicted += confusion[j][k];
			}
			var precision = predicted == 0 ? 0 : (double) truePositive / predicted;
			var recall = actual == 0 ? 0 : (double) truePositive / actual;
			var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
			metrics.add(new ClassMetrics(labels.get(k), precision, recall, f1, actual));
		}
		return metrics;
	}

	/** Over the classes that occur in the truth or the predictions, as scikit-learn averages. */
	public static double macroF1(int[][] confusion, List<String> labels) {
		var classes = perClass(confusion, labels);
		double sum = 0;
		int counted = 0;
		for (int k = 0; k < classes.size(); k++) {
			int predicted = 0;
			for (int[] row : confusion) {
				predicted += row[k];
			}
			if (classes.get(k).support() > 0 || predicted > 0) {
				sum += classes.get(k).f1();
				counted++;
			}
		}
		return counted == 0 ? 0 : sum / counted;
	}

	public static Evaluation classification(int[] truth, int[] predicted, List<String> labels) {
		var matrix = confusion(truth, predicted, labels.size());
		var rows = new ArrayList<List<Integer>>();
		for (int[] row : matrix) {
			rows.add(java.util.Arrays.stream(row).boxed().toList());
		}
		return new Evaluation(truth.length, accuracy(matrix), macroF1(matrix, labels), null, null, null, labels, rows, perClass(matrix, labels));
	}

	public static Evaluation regression(double[] truth, double[] predicted) {
		return new Evaluation(truth.length, null, null, mae(truth, predicted), rmse(truth, predicted), r2(truth, predicted), List.of(), List.of(),
				List.of());
	}

	public static double mae(double[] truth, double[] predicted) {
		double sum = 0;
		for (int i = 0; i < truth.length; i++) {
			sum += Math.abs(truth[i] - predicted[i]);
		}
		return sum / truth.length;
	}

	public static double rmse(double[] truth, double[] predicted) {
		double sum = 0;
		for (int i = 0; i < truth.length; i++) {
			sum += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
		}
		return Math.sqrt(sum / truth.length);
	}

	public static double r2(double[] truth, double[] predicted) {
		double mean = 0;
		for (var value : truth) {
			mean += value / truth.length;
		}
		double residual = 0, total = 0;
		for (int i = 0; i < truth.length; i++) {
			residual += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
			total += (truth[i] - mean) * (truth[i] - mean);
		}
		return total == 0 ? 0 : 1 - residual / total;
	}
}
