package dev.piassistant.memory.internal.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.piassistant.core.memory.Entity;
import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.GraphAnswer;
import dev.piassistant.core.memory.GraphQuestion;
import dev.piassistant.core.memory.Link;
import dev.piassistant.core.memory.RelationKind;
import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.Sql;

/** The graph's answers: callers, callees, tests, history, implementors, references, everything related. */
public final class GraphQueries {

	private final Database database;

	public GraphQueries(Database database) {
		this.database = database;
	}

	public List<Entity> find(String name, int limit) {
		return database.read(sql -> Subjects.find(sql, name, limit));
	}

	public Optional<GraphAnswer> ask(GraphQuestion question, String subject, int limit) {
		return database.read(sql -> {
			var candidates = Subjects.find(sql, subject, 11);
			if (candidates.isEmpty()) {
				return Optional.<GraphAnswer>empty();
			}
			var entity = candidates.get(0);
			var links = answer(sql, question, entity, limit);
			return Optional.of(new GraphAnswer(entity, question, links, candidates.subList(1, candidates.size())));
		});
	}

	public List<Link> neighbours(long id, int limit) {
		return database.read(sql -> sql.queryFirst("SELECT key FROM memory_entities WHERE id = ?", row -> row.text("key"), id)
				.map(key -> Links.around(sql, key, null, limit)).orElse(List.of()));
	}

	private static List<Link> answer(Sql sql, GraphQuestion question, Entity entity, int limit) {
		var key = entity.key();
		var type = entity.kind() == EntityKind.TYPE;
		return switch (question) {
		case CALLERS -> type ? Links.intoMembers(sql, key, RelationKind.CALLS, limit) : Links.into(sql, key, RelationKind.CALLS, limit);
		case CALLEES -> Links.from(sql, key, RelationKind.CALLS, limit);
		case TESTS -> tests(sql, key, type, limit);
		case HISTORY -> fileOf(sql, entity).map(file -> Links.history(sql, file, limit)).orElse(List.of());
		case IMPLEMENTORS -> type ? merge(limit, Links.into(sql, key, RelationKind.EXTENDS, limit),
				Links.into(sql, key, RelationKind.IMPLEMENTS, limit)) : Links.into(sql, key, RelationKind.OVERRIDES, limit);
		case REFERENCES -> type ? merge(limit, Links.into(sql, key, RelationKind.DEPENDS_ON, limit),
				Links.into(sql, key, RelationKind.IMPORTS, limit), Links.intoMembers(sql, key, RelationKind.CALLS, limit))
				: Links.into(sql, key, RelationKind.CALLS, limit);
		case RELATED -> related(sql, entity, limit);
		};
	}

	private static List<Link> tests(Sql sql, String key, boolean type, int limit) {
		if (!type) {
			return Links.into(sql, key, RelationKind.TESTS, limit);
		}
		return merge(limit, Links.into(sql, key, RelationKind.TESTS, limit), Links.intoMembers(sql, key, RelationKind.TESTS, limit));
	}

	private static List<Link> related(Sql sql, Entity entity, int limit) {
		var links = new ArrayList<>(Links.around(sql, entity.key(), null, limit));
		if (entity.kind() != EntityKind.FILE) {
			fileOf(sql, entity).ifPresent(file -> links.addAll(Links.from(sql, file, RelationKind.RELATED_TO, limit)));
		}
		return merge(limit, links);
	}

	/** The key of the file an entity is in (or is). */
	static Optional<String> fileOf(Sql sql, Entity entity) {
		if (entity.kind() == EntityKind.FILE) {
			return Optional.of(entity.key());
		}
		return sql.queryFirst("""
				SELECT r.name AS root, f.path FROM memory_entities e JOIN memory_files f ON e.file = f.id
				JOIN memory_roots r ON f.root = r.id WHERE e.id = ?""", row -> Keys.file(row.text("root"), row.text("path")),
				entity.id());
	}

	@SafeVarargs
	private static List<Link> merge(int limit, List<Link>... lists) {
		var merged = new ArrayList<Link>();
		var seen = new java.util.HashSet<String>();
		for (var list : lists) {
			for (var link : list) {
				if (seen.add(link.entity().id() + "/" + link.relation() + "/" + link.outgoing())) {
					merged.add(link);
				}
			}
		}
		merged.sort(Comparator.comparingInt(Link::weight).reversed());
		return merged.size() <= limit ? merged : merged.subList(0, limit);
	}
}
