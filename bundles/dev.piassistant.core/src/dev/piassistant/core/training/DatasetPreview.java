package dev.piassistant.core.training;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The first rows of a dataset and what the rules would do with it, for the wizard that starts a run.
 *
 * @param rows           the first rows, as text
 * @param totalRows      rows in the whole dataset
 * @param kinds          what each column holds
 * @param suggestedLabel the column most likely meant as the label (the last one, or "label")
 * @param suggestedTask  the task the rules infer for that label
 */
public record DatasetPreview(DatasetFormat format, List<String> columns, List<List<String>> rows, int totalRows,
		Map<String, ColumnKind> kinds, @Nullable String suggestedLabel, TaskType suggestedTask) {

	public DatasetPreview {
		Objects.requireNonNull(format, "format");
		columns = List.copyOf(columns);
		rows = rows.stream().map(List::copyOf).toList();
		kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
		Objects.requireNonNull(suggestedTask, "suggestedTask");
	}
}
