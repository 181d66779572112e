package dev.piassistant.training.internal.deploy;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.piassistant.core.training.DeployedModel;
import dev.piassistant.core.training.Prediction;

/**
 * Predictions as the agent's model reads them: a JSON array with one object per input, in order, then a
 * line asking it to check uncertain ones with the user.
 */
final class Answers {

	static final String ASK = "Answers marked low_confidence are uncertain: ask the user for the right label of those inputs.";

	private Answers() {
	}

	static String of(List<Prediction> predictions, DeployedModel model) {
		var array = JsonNodeFactory.instance.arrayNode();
		var uncertain = false;
		for (var prediction : predictions) {
			var node = array.addObject();
			if (model.taskType().isClassification()) {
				node.put("label", prediction.label());
				node.put("confidence", Math.round(prediction.confidence() * 1000) / 1000.0);
				if (prediction.lowConfidence()) {
					node.put("low_confidence", true);
					uncertain = true;
				}
			} else {
				node.put("value", prediction.value());
			}
		}
		return uncertain ? array + "\n" + ASK : array.toString();
	}
}
