package dev.piassistant.core.memory;

import java.util.List;
import java.util.Objects;

/**
 * The graph's answer about one entity.
 *
 * @param subject      the entity the question was taken to be about
 * @param links        the answer
 * @param alternatives other entities the name could have meant, to ask again about one of them
 */
public record GraphAnswer(Entity subject, GraphQuestion question, List<Link> links, List<Entity> alternatives) {

	public GraphAnswer {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(question, "question");
		links = List.copyOf(links);
		alternatives = List.copyOf(alternatives);
	}
}
