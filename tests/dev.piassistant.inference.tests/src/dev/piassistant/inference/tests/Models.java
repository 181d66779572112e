package dev.piassistant.inference.tests;

import java.io.IOException;
import java.nio.file.Path;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.nn.Parameter;
import dev.piassistant.core.inference.MlpSpec;
import dev.piassistant.core.inference.ModelKey;
import dev.piassistant.core.inference.SavedModel;
import dev.piassistant.inference.djl.Mlp;
import dev.piassistant.inference.djl.Parameters;
import dev.piassistant.inference.djl.PyTorch;

/** Models saved the way training saves them: random weights, DJL's parameter file. */
final class Models {

	private Models() {
	}

	/** Saves a freshly initialised network and returns it with its first layer's weights and biases. */
	static Saved save(Path folder, String name, MlpSpec spec) throws IOException {
		try (var manager = PyTorch.engine().newBaseManager()) {
			Block block = Mlp.of(spec);
			block.setInitializer(new NormalInitializer(0.5f), Parameter.Type.WEIGHT);
			block.setInitializer(new NormalInitializer(0.5f), Parameter.Type.BIAS);
			block.initialize(manager, DataType.FLOAT32, new Shape(1, spec.inputs()));
			Parameters.save(block, folder.resolve(Parameters.fileName("model", 1)));
			var parameters = block.getParameters();
			float[] weights = parameters.get(0).getValue().getArray().toFloatArray();
			float[] biases = parameters.get(1).getValue().getArray().toFloatArray();
			return new Saved(new SavedModel(new ModelKey(name, 1), folder, "model", 1, spec), weights, biases);
		}
	}

	record Saved(SavedModel model, float[] weights, float[] biases) {

		/** A linear model's output by hand: x·Wᵀ + b, with W stored row by output. */
		float[] linear(float[] x) {
			int outputs = biases.length;
			var y = new float[outputs];
			for (int out = 0; out < outputs; out++) {
				float sum = biases[out];
				for (int in = 0; in < x.length; in++) {
					sum += weights[out * x.length + in] * x[in];
				}
				y[out] = sum;
			}
			return y;
		}
	}
}
