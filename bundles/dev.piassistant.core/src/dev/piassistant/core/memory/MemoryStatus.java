package dev.piassistant.core.memory;

import java.time.Instant;
import java.util.Optional;

/**
 * How much the memory holds.
 *
 * @param embedded  chunks that have an embedding (searchable by meaning)
 * @param semantic  whether an {@link Embedder} is installed
 * @param indexedAt when an index run last finished
 */
public record MemoryStatus(long files, long chunks, long entities, long relations, long embedded, long episodes,
		boolean semantic, Optional<Instant> indexedAt) {

	public static final MemoryStatus EMPTY = new MemoryStatus(0, 0, 0, 0, 0, 0, false, Optional.empty());
}
