package dev.piassistant.core.inference;

import java.util.Objects;

/** A deployed model's name and version: what the registry of loaded models is keyed by. */
public record ModelKey(String name, int version) {

	public ModelKey {
		Objects.requireNonNull(name, "name");
		if (version < 1) {
			throw new IllegalArgumentException("versions count from 1");
		}
	}

	@Override
	public String toString() {
		return name + " v" + version;
	}
}
