package dev.piassistant.inference.internal;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.EngineStatus;
import dev.piassistant.core.inference.SavedModel;

/**
 * What runs models on devices. The registry's decisions (placement, moving, falling back when a GPU runs
 * out of memory, unloading) sit above it, so they can be tested with a simulated GPU where none exists.
 */
public interface Backend {

	EngineStatus engine();

	/** Loads a model's parameters onto a device. */
	Handle load(SavedModel model, Device device) throws Exception;

	/** Runs a loaded model on rows of features; one row of outputs per row. */
	float[][] run(Handle handle, float[][] features);

	/** A model in memory on one device; closing frees it. */
	interface Handle extends AutoCloseable {

		Device device();

		/** What its parameters take. */
		long bytes();

		@Override
		void close();
	}
}
