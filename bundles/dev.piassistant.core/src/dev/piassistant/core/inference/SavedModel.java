package dev.piassistant.core.inference;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A trained model on disk: the parameters file {@code <prefix>-<epoch>.params} (DJL's format) in
 * {@code directory}, and the architecture to load them into.
 */
public record SavedModel(ModelKey key, Path directory, String prefix, int epoch, MlpSpec spec) {

	public SavedModel {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(directory, "directory");
		Objects.requireNonNull(prefix, "prefix");
		Objects.requireNonNull(spec, "spec");
	}
}
