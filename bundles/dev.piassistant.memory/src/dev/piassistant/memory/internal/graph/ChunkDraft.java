package dev.piassistant.memory.internal.graph;

/**
 * A chunk read from a file: {@code entity} is the index of the file's entity it belongs to; {@code text} is what
 * is shown and cited, lines {@code startLine} to {@code endLine} of the file.
 */
public record ChunkDraft(int entity, String title, int startLine, int endLine, String section, String text) {
}
