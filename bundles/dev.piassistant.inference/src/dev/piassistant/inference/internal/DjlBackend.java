package dev.piassistant.inference.internal;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.EngineStatus;
import dev.piassistant.core.inference.SavedModel;
import dev.piassistant.inference.djl.Devices;
import dev.piassistant.inference.djl.Mlp;
import dev.piassistant.inference.djl.Parameters;
import dev.piassistant.inference.djl.PyTorch;

/** Runs models with DJL's PyTorch engine. */
public final class DjlBackend implements Backend {

	@Override
	public EngineStatus engine() {
		return PyTorch.start();
	}

	@Override
	public Handle load(SavedModel saved, Device device) throws Exception {
		var engine = PyTorch.engine();
		var model = engine.newModel(saved.key().toString(), Devices.toDjl(device));
		try {
			var block = Mlp.of(saved.spec());
			model.setBlock(block);
			Parameters.load(block, model.getNDManager(), saved.directory().resolve(Parameters.fileName(saved.prefix(), saved.epoch())));
			return new DjlHandle(model, device, saved.spec().parameterBytes());
		} catch (Exception | LinkageError e) {
			model.close();
			throw e;
		}
	}

	@Override
	public float[][] run(Handle handle, float[][] features) {
		var loaded = (DjlHandle) handle;
		if (features.length == 0) {
			return new float[0][];
		}
		try (var manager = loaded.model.getNDManager().newSubManager()) {
			var input = manager.create(features);
			var output = loaded.model.getBlock().forward(new ParameterStore(manager, false), new NDList(input), false).singletonOrThrow();
			var flat = output.toFloatArray();
			int width = flat.length / features.length;
			var rows = new float[features.length][];
			for (int row = 0; row < rows.length; row++) {
				rows[row] = java.util.Arrays.copyOfRange(flat, row * width, (row + 1) * width);
			}
			return rows;
		}
	}

	private record DjlHandle(Model model, Device device, long bytes) implements Handle {
		@Override
		public void close() {
			model.close();
		}
	}
}
