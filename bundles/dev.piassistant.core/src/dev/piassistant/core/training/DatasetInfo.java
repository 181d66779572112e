package dev.piassistant.core.training;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data a run trained on.
 *
 * @param format     how it was stored
 * @param rows       examples read
 * @param inputs     the columns used as inputs (the text column for text)
 * @param features   numbers per example after standardising, encoding categories or counting words
 * @param classes    examples per class, most frequent first (empty for regression)
 * @param train      examples in the training split
 * @param validation examples in the validation split
 * @param test       examples in the test split
 */
public record DatasetInfo(DatasetFormat format, int rows, List<String> inputs, int features, Map<String, Integer> classes, int train,
		int validation, int test) {

	public DatasetInfo {
		Objects.requireNonNull(format, "format");
		inputs = List.copyOf(inputs);
		classes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(classes));
	}
}
