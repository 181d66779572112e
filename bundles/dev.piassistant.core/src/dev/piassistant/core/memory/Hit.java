package dev.piassistant.core.memory;

import java.util.Objects;
import java.util.Set;

/**
 * One result of a memory search: a chunk of text with where it comes from, and what found it.
 *
 * @param entity  the entity the chunk belongs to (a method, a type, a markdown file, a task...)
 * @param title   what the chunk is, in a few words
 * @param snippet the lines of the chunk that matched best
 * @param score   the fused score; only the order of hits means something
 * @param signals the retrievers that found it
 */
public record Hit(Entity entity, String title, String snippet, Source source, double score, Set<Signal> signals) {

	/** A way of finding things. */
	public enum Signal {
		/** Full-text search, ranked by BM25. */
		KEYWORDS,
		/** Similar meaning, by the embeddings of query and chunk. */
		MEANING,
		/** A graph neighbour of other hits. */
		GRAPH
	}

	public Hit {
		Objects.requireNonNull(entity, "entity");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(snippet, "snippet");
		Objects.requireNonNull(source, "source");
		signals = Set.copyOf(signals);
	}
}
