package dev.piassistant.core.memory;

import java.util.Objects;
import java.util.Optional;

/**
 * A node of the knowledge graph.
 *
 * @param id     its row, stable until its file is indexed again
 * @param key    what identifies it across indexing: a qualified name ({@code org.example.Type#method(String)}),
 *               {@code file:root/path}, {@code commit:sha}, {@code author:email}, {@code task:id}...
 * @param name   a short name to show
 * @param detail more to show: a signature, a commit's message and date, a task's outcome
 * @param source where it is, when it is in a file
 */
public record Entity(long id, EntityKind kind, String key, String name, String detail, Optional<Source> source) {

	public Entity {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(detail, "detail");
		Objects.requireNonNull(source, "source");
	}
}
