package dev.piassistant.memory.internal.graph;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.memory.Link;
import dev.piassistant.core.memory.RelationKind;
import dev.piassistant.core.store.Sql;

/**
 * Relations read as links. Incoming relations name their source by key; the entity that owns the row is the
 * source for code (a method calls), so the owner is what is shown. Outgoing relations lead to the entity with the
 * target's key.
 */
final class Links {

	private static final String ENTITY = "SELECT " + EntityRows.COLUMNS + ", l.kind AS l_kind, l.outgoing AS l_out, l.weight AS l_weight ";

	private Links() {
	}

	/** Entities whose relation of this kind points at {@code key}. */
	static List<Link> into(Sql sql, String key, RelationKind kind, int limit) {
		return sql.query(ENTITY + """
				FROM (SELECT source AS other, kind, 0 AS outgoing, sum(weight) AS weight FROM memory_relations
					WHERE target = ? AND kind = ? GROUP BY source) l
				JOIN memory_entities e ON e.id = (SELECT min(id) FROM memory_entities WHERE key = l.other)
				""" + EntityRows.JOINS + " ORDER BY l.weight DESC, e.key LIMIT ?", Links::link, key, kind.name(), limit);
	}

	/** Entities whose relation of this kind points at any member of the type {@code key}. */
	static List<Link> intoMembers(Sql sql, String key, RelationKind kind, int limit) {
		return sql.query(ENTITY + """
				FROM (SELECT source AS other, kind, 0 AS outgoing, sum(weight) AS weight FROM memory_relations
					WHERE target >= ? AND target < ? AND kind = ? GROUP BY source) l
				JOIN memory_entities e ON e.id = (SELECT min(id) FROM memory_entities WHERE key = l.other)
				""" + EntityRows.JOINS + " ORDER BY l.weight DESC, e.key LIMIT ?", Links::link, Keys.membersFrom(key),
				Keys.membersTo(key), kind.name(), limit);
	}

	/** Entities {@code key} points at with relations of this kind. */
	static List<Link> from(Sql sql, String key, RelationKind kind, int limit) {
		return sql.query(ENTITY + """
				FROM (SELECT target AS other, kind, 1 AS outgoing, sum(weight) AS weight FROM memory_relations
					WHERE source = ? AND kind = ? GROUP BY target) l
				JOIN memory_entities e ON e.id = (SELECT min(id) FROM memory_entities WHERE key = l.other)
				""" + EntityRows.JOINS + " ORDER BY l.weight DESC, e.key LIMIT ?", Links::link, key, kind.name(), limit);
	}

	/** Every relation of {@code key}, both ways (of one kind, or all), the strongest first. */
	static List<Link> around(Sql sql, String key, @Nullable RelationKind kind, int limit) {
		var only = kind == null ? "" : " AND kind = '" + kind.name() + "'";
		return sql.query(ENTITY + """
				FROM (SELECT target AS other, kind, 1 AS outgoing, sum(weight) AS weight FROM memory_relations
					WHERE source = ?1%1$s GROUP BY target, kind
					UNION ALL
					SELECT source AS other, kind, 0 AS outgoing, sum(weight) AS weight FROM memory_relations
					WHERE target = ?1%1$s GROUP BY source, kind) l
				JOIN memory_entities e ON e.id = (SELECT min(id) FROM memory_entities WHERE key = l.other)
				""".formatted(only) + EntityRows.JOINS + " WHERE e.key <> ?1 ORDER BY l.weight DESC, e.key LIMIT ?2", Links::link,
				key, limit);
	}

	/** Commits that changed a file, newest first. */
	static List<Link> history(Sql sql, String fileKey, int limit) {
		return sql.query(ENTITY + """
				FROM (SELECT target AS other, kind, 1 AS outgoing, 1 AS weight FROM memory_relations
					WHERE source = ? AND kind = 'MODIFIED_IN') l
				JOIN memory_entities e ON e.id = (SELECT min(id) FROM memory_entities WHERE key = l.other)
				""" + EntityRows.JOINS + " ORDER BY e.at DESC LIMIT ?", Links::link, fileKey, limit);
	}

	private static Link link(dev.piassistant.core.store.Row row) {
		return new Link(EntityRows.entity(row), RelationKind.valueOf(row.text("l_kind")), row.integer("l_out") == 1,
				(int) row.integer("l_weight"));
	}
}
