package dev.piassistant.training.internal.prep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.training.ColumnKind;
import dev.piassistant.core.training.DatasetFormat;
import dev.piassistant.core.training.DatasetProblem;
import dev.piassistant.core.training.TaskType;
import dev.piassistant.training.internal.data.Problems;
import dev.piassistant.training.internal.data.Table;
import dev.piassistant.training.internal.data.TextFolders;

/**
 * Checks a table against what training needs and decides the task, in this order: the label column exists;
 * it has no missing cells; a regression's label is numeric; no input column mixes numbers and text; no input
 * has missing cells; there are at least two classes; there are at least {@value #MIN_ROWS} rows and, for a
 * classification, {@value #MIN_PER_CLASS} of each class (one each for training, validation and test).
 * <p>
 * Without a task given: a numeric label with more than {@value #MAX_NUMERIC_CLASSES} values, or with
 * fractions, is a regression; otherwise it is a text classification when an input column holds free text
 * (or the data is a folder), else a tabular one. Tables learn from their number and category columns (free
 * text columns are left out); text classification learns from one text column, the longest unless named.
 */
public final class Validation {

	public static final int MIN_ROWS = 10;
	public static final int MIN_PER_CLASS = 3;
	static final int MAX_NUMERIC_CLASSES = 10;

	private Validation() {
	}

	public static Prepared check(Table table, @Nullable String labelName, @Nullable String textName, @Nullable TaskType asked) {
		var label = labelColumn(table, labelName);
		var profiles = new ArrayList<ColumnProfile>();
		for (int column = 0; column < table.columns().size(); column++) {
			profiles.add(ColumnProfile.of(table, column));
		}
		var labelProfile = profiles.get(label);
		if (labelProfile.missing() > 0) {
			throw missing(labelProfile);
		}
		var task = asked != null ? asked : infer(table, labelProfile, profiles);
		var inputs = task == TaskType.TEXT_CLASSIFICATION ? List.of(textColumn(table, textName, label, profiles))
				: tableInputs(table, label, profiles);
		for (int input : inputs) {
			var profile = profiles.get(input);
			if (task != TaskType.TEXT_CLASSIFICATION && profile.isMixed()) {
				throw mixed(profile);
			}
			if (profile.missing() > 0) {
				throw missing(profile);
			}
		}
		var numeric = inputs.stream().map(input -> task != TaskType.TEXT_CLASSIFICATION && profiles.get(input).kind() == ColumnKind.NUMBER).toList();
		return task.isClassification() ? classification(table, task, label, inputs, numeric) : regression(table, label, labelProfile, inputs, numeric);
	}

	private static int labelColumn(Table table, @Nullable String name) {
		if (table.format() == DatasetFormat.FOLDER) {
			return table.column(TextFolders.LABEL).orElseThrow();
		}
		if (name == null || name.isBlank()) {
			throw Problems.of(new DatasetProblem.MissingLabelColumn(null, table.columns()));
		}
		return table.column(name).orElseThrow(() -> Problems.of(new DatasetProblem.MissingLabelColumn(name, table.columns())));
	}

	/** The task the rules would infer with {@code label} as the label column. */
	public static TaskType suggest(Table table, int label) {
		var profiles = new ArrayList<ColumnProfile>();
		for (int column = 0; column < table.columns().size(); column++) {
			profiles.add(ColumnProfile.of(table, column));
		}
		return infer(table, profiles.get(label), profiles);
	}

	private static TaskType infer(Table table, ColumnProfile label, List<ColumnProfile> profiles) {
		if (label.kind() == ColumnKind.NUMBER && (label.distinct() > MAX_NUMERIC_CLASSES || !label.wholeNumbers(table))) {
			return TaskType.TABULAR_REGRESSION;
		}
		var hasText = table.format() == DatasetFormat.FOLDER
				|| profiles.stream().anyMatch(p -> p.index() != label.index() && !p.isMixed() && p.kind() == ColumnKind.TEXT);
		return hasText ? TaskType.TEXT_CLASSIFICATION : TaskType.TABULAR_CLASSIFICATION;
	}

	private static int textColumn(Table table, @Nullable String name, int label, List<ColumnProfile> profiles) {
		if (name != null && !name.isBlank()) {
			return table.column(name).orElseThrow(() -> Problems.of(new DatasetProblem.NoTextColumn(table.columns())));
		}
		return profiles.stream().filter(p -> p.index() != label && p.texts() > 0)
				.max(Comparator.comparingDouble(ColumnProfile::meanTextLength)).map(ColumnProfile::index)
				.orElseThrow(() -> Problems.of(new DatasetProblem.NoTextColumn(table.columns())));
	}

	private static List<Integer> tableInputs(Table table, int label, List<ColumnProfile> profiles) {
		var inputs = new ArrayList<Integer>();
		for (var profile : profiles) {
			if (profile.index() == label) {
				continue;
			}
			if (profile.isMixed()) {
				throw mixed(profile);
			}
			if (profile.kind() != ColumnKind.TEXT) {
				inputs.add(profile.index());
			}
		}
		if (inputs.isEmpty()) {
			throw Problems.of(new DatasetProblem.NoTextColumn(table.columns()));
		}
		return inputs;
	}

	private static Prepared classification(Table table, TaskType task, int label, List<Integer> inputs, List<Boolean> numeric) {
		var counts = new HashMap<String, Integer>();
		table.rows().forEach(row -> counts.merge(row.cell(label), 1, Integer::sum));
		var classes = counts.keySet().stream()
				.sorted(Comparator.comparing((String name) -> -counts.get(name)).thenComparing(Comparator.naturalOrder())).toList();
		if (classes.size() == 1) {
			throw Problems.of(new DatasetProblem.SingleClass(classes.get(0)));
		}
		requireRows(table);
		var rarest = classes.get(classes.size() - 1);
		if (counts.get(rarest) < MIN_PER_CLASS) {
			throw Problems.of(new DatasetProblem.TooSmall(counts.get(rarest), MIN_PER_CLASS, rarest));
		}
		Map<String, Integer> index = new HashMap<>();
		classes.forEach(name -> index.put(name, index.size()));
		var classOf = table.rows().stream().mapToInt(row -> index.get(row.cell(label))).toArray();
		return new Prepared(table, task, label, inputs, numeric, classes, classOf, new double[0]);
	}

	private static Prepared regression(Table table, int label, ColumnProfile profile, List<Integer> inputs, List<Boolean> numeric) {
		if (profile.texts() > 0) {
			throw Problems.of(new DatasetProblem.LabelNotNumeric(profile.name(), profile.firstTextLine(), String.valueOf(profile.firstText())));
		}
		requireRows(table);
		var targets = table.rows().stream().mapToDouble(row -> Cells.number(row.cell(label))).toArray();
		return new Prepared(table, TaskType.TABULAR_REGRESSION, label, inputs, numeric, List.of(), new int[0], targets);
	}

	private static void requireRows(Table table) {
		if (table.size() < MIN_ROWS) {
			throw Problems.of(new DatasetProblem.TooSmall(table.size(), MIN_ROWS, null));
		}
	}

	/** Reports the cell of the kind the column has fewer of: the odd one out. */
	private static RuntimeException mixed(ColumnProfile profile) {
		var textsAreOdd = profile.texts() <= profile.numbers();
		return Problems.of(new DatasetProblem.MixedTypes(profile.name(), textsAreOdd ? profile.firstTextLine() : profile.firstNumberLine(),
				String.valueOf(textsAreOdd ? profile.firstText() : profile.firstNumber()), profile.numbers(), profile.texts()));
	}

	private static RuntimeException missing(ColumnProfile profile) {
		return Problems.of(new DatasetProblem.MissingValues(profile.name(), profile.firstMissingLine(), profile.missing()));
	}
}
