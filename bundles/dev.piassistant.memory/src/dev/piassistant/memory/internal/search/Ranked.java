package dev.piassistant.memory.internal.search;

/** A chunk in a retriever's ranking; higher scores are better. */
public record Ranked(long chunk, double score) {
}
