package dev.piassistant.memory.internal.graph;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.memory.EntityKind;

/**
 * An entity read from a file, before it has a row.
 *
 * @param typeKey a method's return type, a field's type (keys), for resolving calls on what they give
 */
public record EntityDraft(EntityKind kind, String key, String name, String detail, @Nullable String typeKey,
		int startLine, int endLine) {
}
