package dev.piassistant.core.training;

import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What is wrong with a dataset, as data: the training bundle and the UI word it. Lines count from 1 and
 * include a CSV file's header line.
 */
public sealed interface DatasetProblem {

	/** No such file or folder. */
	record NotFound(String path) implements DatasetProblem {
		public NotFound {
			Objects.requireNonNull(path, "path");
		}
	}

	/** The file holds no rows (or only a header). */
	record Empty(String path) implements DatasetProblem {
		public Empty {
			Objects.requireNonNull(path, "path");
		}
	}

	/** The bytes at {@code line} are not UTF-8. */
	record NotUtf8(String path, long line, long byteOffset) implements DatasetProblem {
		public NotUtf8 {
			Objects.requireNonNull(path, "path");
		}
	}

	/** The file could not be parsed: a broken CSV quote, invalid JSON. */
	record Malformed(String path, long line, String detail) implements DatasetProblem {
		public Malformed {
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(detail, "detail");
		}
	}

	/** The file type is not one training reads. */
	record UnsupportedFormat(String path) implements DatasetProblem {
		public UnsupportedFormat {
			Objects.requireNonNull(path, "path");
		}
	}

	/** No label column was given, or the one given is not there. */
	record MissingLabelColumn(@Nullable String column, List<String> columns) implements DatasetProblem {
		public MissingLabelColumn {
			columns = List.copyOf(columns);
		}
	}

	/** A column is mostly numbers but holds text at {@code line} (or the other way round). */
	record MixedTypes(String column, long line, String value, long numbers, long texts) implements DatasetProblem {
		public MixedTypes {
			Objects.requireNonNull(column, "column");
			Objects.requireNonNull(value, "value");
		}
	}

	/** Cells are empty or NaN; {@code line} is the first. */
	record MissingValues(String column, long line, long count) implements DatasetProblem {
		public MissingValues {
			Objects.requireNonNull(column, "column");
		}
	}

	/**
	 * Too few rows to split into training, validation and test sets: {@code rows} where {@code needed} are
	 * needed, or, when {@code label} is set, that class has only {@code rows}.
	 */
	record TooSmall(int rows, int needed, @Nullable String label) implements DatasetProblem {
	}

	/** Every row has the same label: there is nothing to tell apart. */
	record SingleClass(String label) implements DatasetProblem {
		public SingleClass {
			Objects.requireNonNull(label, "label");
		}
	}

	/** The label does not suit the task asked for: text labels for a regression. */
	record LabelNotNumeric(String column, long line, String value) implements DatasetProblem {
		public LabelNotNumeric {
			Objects.requireNonNull(column, "column");
			Objects.requireNonNull(value, "value");
		}
	}

	/** Text classification found no column of text to learn from. */
	record NoTextColumn(List<String> columns) implements DatasetProblem {
		public NoTextColumn {
			columns = List.copyOf(columns);
		}
	}
}
