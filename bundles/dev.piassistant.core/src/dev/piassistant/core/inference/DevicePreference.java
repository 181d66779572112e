package dev.piassistant.core.inference;

/** The user's override of where models run. */
public enum DevicePreference {
	/** Wherever placement finds best: a GPU when one is usable and the model fits with headroom. */
	AUTO,
	/** Always the CPU. */
	CPU,
	/** A GPU whenever one is usable, even with little headroom; the CPU otherwise. */
	GPU
}
