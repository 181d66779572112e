package dev.piassistant.tools.internal.checkpoint;

import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;

/**
 * One file of a checkpoint: where its states are kept, its state before the write, and after it once recorded.
 *
 * @param repository the key of the repository ({@link Repositories#byKey})
 * @param entry      its path in that repository
 * @param after      null until the write is recorded
 */
record KeptFile(Path path, String repository, String entry, FileState before, @Nullable FileState after) {
}
