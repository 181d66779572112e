package dev.piassistant.core.inference;

import java.util.Objects;

/** Whether the deep learning engine can run, and if not, why. */
public sealed interface EngineStatus {

	/** It runs: the engine's name and version, and the GPUs it can use. */
	record Ready(String engine, String version, int usableGpus) implements EngineStatus {
		public Ready {
			Objects.requireNonNull(engine, "engine");
			Objects.requireNonNull(version, "version");
		}
	}

	/** Its native libraries (the optional training engine feature) are not installed. */
	record NotInstalled() implements EngineStatus {
	}

	/** It is installed but would not start; {@code detail} is the engine's own message. */
	record Failed(String detail) implements EngineStatus {
		public Failed {
			Objects.requireNonNull(detail, "detail");
		}
	}

	default boolean isReady() {
		return this instanceof Ready;
	}
}
