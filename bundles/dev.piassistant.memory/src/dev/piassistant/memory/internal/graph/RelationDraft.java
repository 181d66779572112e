package dev.piassistant.memory.internal.graph;

import dev.piassistant.core.memory.RelationKind;

/**
 * A relation read from a file. {@code owner} is the index of the file's entity whose removal removes it.
 */
public record RelationDraft(int owner, String source, RelationKind kind, String target, int weight, int line) {
}
