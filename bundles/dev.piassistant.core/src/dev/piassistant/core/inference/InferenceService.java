package dev.piassistant.core.inference;

import java.time.Duration;
import java.util.List;

/**
 * Runs trained models on the best device for them. Models are loaded on first use, placed by the rules of
 * {@link Placement} (or the user's {@link DevicePreference}), can be moved between the CPU and a GPU while
 * loaded, fall back to the CPU when a GPU runs out of memory (recorded as a {@link DeviceEvent}), and are
 * unloaded after they have been idle for {@link #idleTimeout()}.
 */
public interface InferenceService {

	HardwareProfile hardware();

	EngineStatus engine();

	/** The capability matrix: the CPU first, then each GPU. */
	List<DeviceCapability> capabilities();

	DevicePreference preference();

	/** Sets the user's override; it applies to models loaded from now on. Kept in the workspace. */
	void setPreference(DevicePreference preference);

	/** Where a model whose parameters take {@code bytes} would go now, for inference or for training. */
	Placement place(long bytes, Purpose purpose);

	/** What a model is placed for. */
	enum Purpose {
		INFERENCE,
		/** Training needs room for gradients and the optimizer's state too. */
		TRAINING
	}

	/**
	 * Runs the model on a batch of feature rows and returns one row of outputs per input row. Loads the model
	 * if it is not loaded; if its GPU runs out of memory, moves it to the CPU and runs it there.
	 *
	 * @throws InferenceException when the engine is missing or the model cannot be loaded or run
	 */
	float[][] predict(SavedModel model, float[][] features);

	/** The models in memory now, least recently used first. */
	List<LoadedModel> loaded();

	/** Moves a loaded model to another device. */
	LoadedModel moveTo(ModelKey model, Device device);

	void unload(ModelKey model);

	Duration idleTimeout();

	void setIdleTimeout(Duration timeout);

	/** The most recent device events, newest first. */
	List<DeviceEvent> events(int limit);
}
