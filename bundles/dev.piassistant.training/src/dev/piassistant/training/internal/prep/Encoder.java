package dev.piassistant.training.internal.prep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.piassistant.core.training.TaskType;

/** Applies a {@link Preprocessing} to rows: the vocabulary's index is built once, not per row. */
public final class Encoder {

	private final Preprocessing preprocessing;
	private final Map<String, Integer> vocabulary;
	private final List<Map<String, Integer>> categories = new ArrayList<>();

	public Encoder(Preprocessing preprocessing) {
		this.preprocessing = preprocessing;
		vocabulary = index(preprocessing.vocabulary());
		preprocessing.categories().forEach(values -> categories.add(index(values)));
	}

	public Preprocessing preprocessing() {
		return preprocessing;
	}

	/** The dataset's rows, encoded. */
	public float[][] encode(Prepared data, int[] rows) {
		var encoded = new float[rows.length][];
		var cells = new ArrayList<String>(data.inputs().size());
		for (int i = 0; i < rows.length; i++) {
			var row = data.table().rows().get(rows[i]);
			cells.clear();
			data.inputs().forEach(column -> cells.add(row.cell(column)));
			encoded[i] = encode(cells);
		}
		return encoded;
	}

	/** One row: its inputs' cells in {@link Preprocessing#inputs()} order (numbers already checked). */
	public float[] encode(List<String> cells) {
		var features = new float[preprocessing.features()];
		if (preprocessing.task() == TaskType.TEXT_CLASSIFICATION) {
			TextFeatures.encode(cells.get(0), vocabulary, preprocessing.idf(), features, 0);
			return features;
		}
		int offset = 0;
		for (int i = 0; i < preprocessing.inputs().size(); i++) {
			if (preprocessing.numeric().get(i)) {
				features[offset++] = (float) ((Cells.number(cells.get(i)) - preprocessing.means()[i]) / preprocessing.deviations()[i]);
			} else {
				var position = categories.get(i).get(cells.get(i).trim());
				if (position != null) {
					features[offset + position] = 1;
				}
				offset += preprocessing.categories().get(i).size();
			}
		}
		return features;
	}

	private static Map<String, Integer> index(List<String> values) {
		var index = new HashMap<String, Integer>(values.size() * 2);
		for (int i = 0; i < values.size(); i++) {
			index.put(values.get(i), i);
		}
		return index;
	}
}
