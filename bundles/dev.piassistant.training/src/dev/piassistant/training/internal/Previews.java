package dev.piassistant.training.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.piassistant.core.training.ColumnKind;
import dev.piassistant.core.training.DatasetPreview;
import dev.piassistant.training.internal.data.Datasets;
import dev.piassistant.training.internal.data.Table;
import dev.piassistant.training.internal.prep.ColumnProfile;
import dev.piassistant.training.internal.prep.Validation;

/**
 * A dataset's first rows and what the rules make of it. The suggested label is a column named like one
 * (label, class, target, y...), else the last column.
 */
final class Previews {

	private static final Set<String> LABEL_NAMES = Set.of("label", "labels", "class", "target", "y", "category", "species", "outcome");

	private Previews() {
	}

	static DatasetPreview of(Path dataset, int rows) {
		var table = Datasets.read(dataset);
		var kinds = new LinkedHashMap<String, ColumnKind>();
		for (int column = 0; column < table.columns().size(); column++) {
			kinds.put(table.columns().get(column), ColumnProfile.of(table, column).kind());
		}
		int label = suggestedLabel(table);
		var first = table.rows().stream().limit(Math.max(0, rows)).map(Table.Row::cells).toList();
		return new DatasetPreview(table.format(), table.columns(), first, table.size(), kinds, table.columns().get(label),
				Validation.suggest(table, label));
	}

	private static int suggestedLabel(Table table) {
		List<String> columns = table.columns();
		for (int column = 0; column < columns.size(); column++) {
			if (LABEL_NAMES.contains(columns.get(column).trim().toLowerCase(Locale.ROOT))) {
				return column;
			}
		}
		return columns.size() - 1;
	}
}
