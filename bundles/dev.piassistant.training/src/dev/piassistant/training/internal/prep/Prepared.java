package dev.piassistant.training.internal.prep;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.training.TaskType;
import dev.piassistant.training.internal.data.Table;

/**
 * A dataset that passed every check, ready to split and encode.
 *
 * @param label    the label column
 * @param inputs   the input columns: numbers and categories for a table, the one text column for text
 * @param numeric  which inputs are numbers (the rest are categories or the text)
 * @param classes  the classes, most frequent first (empty for regression)
 * @param classOf  each row's class index (classification)
 * @param targets  each row's number (regression)
 */
public record Prepared(Table table, TaskType task, int label, List<Integer> inputs, List<Boolean> numeric, List<String> classes,
		int[] classOf, double[] targets) {

	public Prepared {
		inputs = List.copyOf(inputs);
		numeric = List.copyOf(numeric);
		classes = List.copyOf(classes);
	}

	public int size() {
		return table.size();
	}

	public String labelName() {
		return table.columns().get(label);
	}

	public List<String> inputNames() {
		return inputs.stream().map(table.columns()::get).toList();
	}

	public @Nullable String textColumn() {
		return task == TaskType.TEXT_CLASSIFICATION ? table.columns().get(inputs.get(0)) : null;
	}

	/** Examples per class, most frequent first. */
	public Map<String, Integer> classCounts() {
		var counts = new java.util.LinkedHashMap<String, Integer>();
		classes.forEach(name -> counts.put(name, 0));
		for (int index : classOf) {
			counts.merge(classes.get(index), 1, Integer::sum);
		}
		return counts;
	}
}
