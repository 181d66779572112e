package dev.piassistant.core.memory;

import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Something to remember in a knowledge file: a markdown section under {@code topic}, replaced when the same topic is
 * remembered again.
 *
 * @param project for {@link Scope#PROJECT}: the index root (project) whose {@code .pi/knowledge} folder gets it;
 *                null for the first one
 */
public record KnowledgeNote(String topic, String text, Scope scope, @Nullable String project) {

	/** Where a note is kept. */
	public enum Scope {
		/** {@code .pi/knowledge/} of a project, shared with whoever works on it. */
		PROJECT,
		/** {@code ~/.pi-assistant/knowledge/}, for the user alone, in every workspace. */
		USER
	}

	public KnowledgeNote {
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(scope, "scope");
		if (topic.isBlank()) {
			throw new IllegalArgumentException("A note needs a topic");
		}
	}
}
