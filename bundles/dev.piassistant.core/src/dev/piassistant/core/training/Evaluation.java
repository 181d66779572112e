package dev.piassistant.core.training;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A trained model measured on the test split, which training never saw.
 *
 * @param rows      rows tested
 * @param labels    the classes, in the order of the confusion matrix (empty for regression)
 * @param confusion rows: the true class, columns: the predicted one
 * @param classes   per-class precision, recall and F1
 */
public record Evaluation(int rows, @Nullable Double accuracy, @Nullable Double macroF1, @Nullable Double mae,
		@Nullable Double rmse, @Nullable Double r2, List<String> labels, List<List<Integer>> confusion, List<ClassMetrics> classes) {

	public Evaluation {
		labels = List.copyOf(labels);
		confusion = confusion.stream().map(List::copyOf).toList();
		classes = List.copyOf(classes);
	}
}
