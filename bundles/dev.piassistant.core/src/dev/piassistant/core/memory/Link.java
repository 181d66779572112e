package dev.piassistant.core.memory;

import java.util.Objects;

/**
 * An entity connected to the one asked about.
 *
 * @param outgoing whether the relation goes from the entity asked about to this one
 * @param weight   how many times the relation was seen (calls, commits changing both files...)
 */
public record Link(Entity entity, RelationKind relation, boolean outgoing, int weight) {

	public Link {
		Objects.requireNonNull(entity, "entity");
		Objects.requireNonNull(relation, "relation");
	}
}
