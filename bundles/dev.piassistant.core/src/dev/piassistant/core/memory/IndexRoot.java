package dev.piassistant.core.memory;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A folder to index: a project of the IDE's workspace, or the folder the command line indexes.
 *
 * @param name how paths inside it are shown: {@code name/src/...}
 */
public record IndexRoot(String name, Path folder) {

	public IndexRoot {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(folder, "folder");
		if (name.isBlank() || name.contains("/")) {
			throw new IllegalArgumentException("An index root's name must be a single folder name: " + name);
		}
	}
}
