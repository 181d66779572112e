package dev.piassistant.core.memory;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A search of the memory.
 *
 * @param text    what to look for, in words or names
 * @param limit   at most this many hits
 * @param signals the retrievers to use (all three for hybrid search)
 * @param kinds   only hits whose entity is of these kinds; empty for all
 */
public record MemoryQuery(String text, int limit, Set<Hit.Signal> signals, Set<EntityKind> kinds) {

	public MemoryQuery {
		Objects.requireNonNull(text, "text");
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1");
		}
		if (signals.isEmpty()) {
			throw new IllegalArgumentException("a search needs at least one signal");
		}
		signals = Set.copyOf(signals);
		kinds = Set.copyOf(kinds);
	}

	/** Hybrid search: keywords, meaning and graph together. */
	public static MemoryQuery of(String text, int limit) {
		return new MemoryQuery(text, limit, EnumSet.allOf(Hit.Signal.class), Set.of());
	}

	public MemoryQuery only(Hit.Signal... chosen) {
		return new MemoryQuery(text, limit, Set.of(chosen), kinds);
	}

	public MemoryQuery ofKinds(Set<EntityKind> chosen) {
		return new MemoryQuery(text, limit, signals, chosen);
	}
}
