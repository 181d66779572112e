package dev.piassistant.memory.internal.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import dev.piassistant.core.memory.Entity;
import dev.piassistant.core.store.Sql;

/**
 * What a name given by a person or a model means: an entity key, {@code Type#method} (or {@code Type.method}),
 * a qualified or simple name, a file path. Candidates come best first: exact keys, then types, methods, files.
 */
public final class Subjects {

	private static final String ORDER = " ORDER BY CASE e.kind WHEN 'TYPE' THEN 0 WHEN 'METHOD' THEN 1 WHEN 'TEST' THEN 2 "
			+ "WHEN 'FILE' THEN 3 WHEN 'PACKAGE' THEN 4 WHEN 'CONCEPT' THEN 5 WHEN 'FIELD' THEN 6 ELSE 7 END, length(e.key), e.id";

	private Subjects() {
	}

	public static List<Entity> find(Sql sql, String name, int limit) {
		var subject = name.strip();
		var found = new LinkedHashMap<Long, Entity>();
		add(found, sql, "e.key = ?", subject);
		var member = memberSplit(subject);
		if (member != null) {
			for (var type : types(sql, member[0])) {
				add(found, sql, "(e.key LIKE ? ESCAPE '\\' OR e.key = ?)", like(type.key() + "#" + member[1]) + "(%",
						type.key() + "#" + member[1]);
			}
		}
		if (subject.contains("/") || subject.matches(".*\\.[a-zA-Z]{1,8}") && !subject.contains("#")) {
			add(found, sql, "e.kind = 'FILE' AND (f.path = ? OR r.name || '/' || f.path = ? OR f.path LIKE ? ESCAPE '\\')", subject,
					subject, "%/" + like(subject));
		}
		if (subject.contains(".") && !subject.contains("/")) {
			add(found, sql, "e.kind = 'TYPE' AND e.key LIKE ? ESCAPE '\\'", "%" + like(subject));
		}
		add(found, sql, "e.name = ? COLLATE NOCASE", member != null && found.isEmpty() ? member[1] : subject);
		var list = new ArrayList<>(found.values());
		return list.size() <= limit ? list : list.subList(0, limit);
	}

	/** {@code Type#member} or {@code Type.member} (member in lower case), as {type, member}; null otherwise. */
	private static String[] memberSplit(String subject) {
		var plain = subject.contains("(") ? subject.substring(0, subject.indexOf('(')) : subject;
		var hash = plain.indexOf('#');
		if (hash > 0) {
			return new String[] { plain.substring(0, hash), plain.substring(hash + 1) };
		}
		var dot = plain.lastIndexOf('.');
		if (dot > 0 && dot < plain.length() - 1 && Character.isLowerCase(plain.charAt(dot + 1))
				&& Character.isUpperCase(plain.charAt(plain.lastIndexOf('.', dot - 1) + 1))) {
			return new String[] { plain.substring(0, dot), plain.substring(dot + 1) };
		}
		return null;
	}

	private static List<Entity> types(Sql sql, String name) {
		return sql.query("SELECT " + EntityRows.COLUMNS + " FROM memory_entities e " + EntityRows.JOINS
				+ " WHERE e.kind = 'TYPE' AND (e.key = ? OR e.name = ? OR e.key LIKE ? ESCAPE '\\') LIMIT 10", EntityRows::entity,
				name, name, "%." + like(name));
	}

	private static void add(LinkedHashMap<Long, Entity> found, Sql sql, String where, Object... arguments) {
		for (var entity : sql.query("SELECT " + EntityRows.COLUMNS + " FROM memory_entities e " + EntityRows.JOINS + " WHERE "
				+ where + ORDER + " LIMIT 20", EntityRows::entity, arguments)) {
			found.putIfAbsent(entity.id(), entity);
		}
	}

	/** Escapes LIKE's wildcards. */
	static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
