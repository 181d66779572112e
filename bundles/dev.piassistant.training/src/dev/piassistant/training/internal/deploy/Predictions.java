package dev.piassistant.training.internal.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.piassistant.core.inference.InferenceService;
import dev.piassistant.core.inference.MlpSpec;
import dev.piassistant.core.inference.ModelKey;
import dev.piassistant.core.inference.SavedModel;
import dev.piassistant.core.training.DeployedModel;
import dev.piassistant.core.training.Prediction;
import dev.piassistant.training.internal.RunFolders;
import dev.piassistant.training.internal.learn.Trainer;
import dev.piassistant.training.internal.prep.Cells;
import dev.piassistant.training.internal.prep.Encoder;
import dev.piassistant.training.internal.prep.Preprocessing;
import dev.piassistant.training.internal.store.Json;

/**
 * Runs deployed models on rows given as column to value: checks each row has every input (numbers where
 * numbers are due), encodes it as in training, runs the network through the inference service (which
 * places it), and reads the outputs as a class with its probability or as a number.
 */
public final class Predictions {

	private final InferenceService inference;
	private final Map<ModelKey, Loaded> loaded = new ConcurrentHashMap<>();

	private record Loaded(Encoder encoder, SavedModel saved) {
	}

	public Predictions(InferenceService inference) {
		this.inference = inference;
	}

	public List<Prediction> predict(DeployedModel model, List<Map<String, String>> rows) {
		var key = new ModelKey(model.name(), model.version());
		var entry = loaded.computeIfAbsent(key, k -> load(model, k));
		var preprocessing = entry.encoder().preprocessing();
		var features = new float[rows.size()][];
		for (int i = 0; i < rows.size(); i++) {
			features[i] = entry.encoder().encode(cells(preprocessing, rows.get(i), i + 1));
		}
		var outputs = inference.predict(entry.saved(), features);
		var predictions = new ArrayList<Prediction>(outputs.length);
		for (var output : outputs) {
			predictions.add(preprocessing.task().isClassification() ? classify(output, preprocessing)
					: new Prediction(null, preprocessing.target(output[0]), 1, false));
		}
		return predictions;
	}

	private static Loaded load(DeployedModel model, ModelKey key) {
		var preprocessing = Json.readFile(model.directory().resolve(RunFolders.PREPROCESSING), Preprocessing.class);
		var spec = Json.readFile(model.directory().resolve(RunFolders.NETWORK), MlpSpec.class);
		return new Loaded(new Encoder(preprocessing), new SavedModel(key, model.directory(), Trainer.PREFIX, Deployer.EPOCH, spec));
	}

	/** The row's cells in input order, found by name (or ignoring case); a clear error for what is missing or wrong. */
	static List<String> cells(Preprocessing preprocessing, Map<String, String> row, int number) {
		var cells = new ArrayList<String>(preprocessing.inputs().size());
		for (int i = 0; i < preprocessing.inputs().size(); i++) {
			var name = preprocessing.inputs().get(i);
			var value = row.get(name);
			if (value == null) {
				value = row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
			}
			if (value == null || Cells.isMissing(value)) {
				throw new IllegalArgumentException("Input " + number + " has no value for '" + name + "'. Each input needs: "
						+ String.join(", ", preprocessing.inputs()) + ".");
			}
			if (preprocessing.numeric().get(i) && !Cells.isNumber(value)) {
				throw new IllegalArgumentException("Input " + number + ": '" + name + "' must be a number, not '" + value + "'.");
			}
			cells.add(value);
		}
		return cells;
	}

	private static Prediction classify(float[] scores, Preprocessing preprocessing) {
		int best = 0;
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < scores.length; i++) {
			if (scores[i] > max) {
				max = scores[i];
				best = i;
			}
		}
		double sum = 0;
		for (var score : scores) {
			sum += Math.exp(score - max);
		}
		var probability = 1 / sum;
		return new Prediction(preprocessing.classes().get(best), probability, probability, probability < preprocessing.lowConfidence());
	}
}
