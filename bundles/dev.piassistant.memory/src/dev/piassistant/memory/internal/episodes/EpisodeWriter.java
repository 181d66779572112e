package dev.piassistant.memory.internal.episodes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.RelationKind;
import dev.piassistant.core.store.Sql;
import dev.piassistant.memory.internal.graph.Keys;
import dev.piassistant.memory.internal.index.ChunkChanges;
import dev.piassistant.memory.internal.text.EmbedText;
import dev.piassistant.memory.internal.text.Hashes;

/**
 * Stores an episode: its row (a rating given before is kept), a task entity with its summary as a searchable
 * chunk, mentions of the files and tools it used, and its decisions. Writing the same task again replaces it.
 */
public final class EpisodeWriter {

	private EpisodeWriter() {
	}

	public static void write(Sql sql, Path workspace, SessionId session, TaskId task, Instant ended, EpisodeSummary summary,
			ChunkChanges changes) {
		sql.update("""
				INSERT INTO memory_episodes (task, session, ended_at, prompt, summary, outcome, files) VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (task) DO UPDATE SET ended_at = excluded.ended_at, summary = excluded.summary,
				outcome = excluded.outcome, files = excluded.files""", task.value(), session.value(), ended.toString(),
				summary.prompt(), summary.text(), summary.outcome(), String.join("\n", summary.files()));
		var key = Keys.task(task.value());
		changes.removed.addAll(sql.query("SELECT c.id FROM memory_chunks c JOIN memory_entities e ON c.entity = e.id WHERE e.key = ?",
				row -> row.integer("id"), key));
		sql.update("DELETE FROM memory_entities WHERE key = ? OR (kind = 'DECISION' AND key LIKE ?)", key, "decision:" + task.value() + "/%");
		var firstLine = summary.prompt().lines().findFirst().orElse("");
		var id = sql.insert("INSERT INTO memory_entities (kind, key, name, detail, at) VALUES (?, ?, ?, ?, ?)", EntityKind.TASK.name(),
				key, firstLine, summary.outcome() + " \u00b7 " + ended, ended.getEpochSecond());
		for (var file : summary.files()) {
			fileKey(sql, workspace, file).ifPresent(target -> relate(sql, id, key, RelationKind.MENTIONS, target));
		}
		summary.tools().forEach((tool, count) -> relate(sql, id, key, RelationKind.MENTIONS, Keys.tool(tool)));
		var decisions = summary.decisions();
		for (int i = 0; i < decisions.size(); i++) {
			var decisionKey = "decision:" + task.value() + "/" + (i + 1);
			var decision = sql.insert("INSERT INTO memory_entities (kind, key, name, detail, at) VALUES (?, ?, ?, ?, ?)",
					EntityKind.DECISION.name(), decisionKey, decisions.get(i).lines().findFirst().orElse(""), decisions.get(i),
					ended.getEpochSecond());
			relate(sql, decision, decisionKey, RelationKind.DECIDED_IN, key);
		}
		var title = "Task: " + firstLine;
		var chunk = sql.insert("INSERT INTO memory_chunks (entity, title, start_line, end_line, text, embed_hash) VALUES (?, ?, 0, 0, ?, ?)",
				id, title, summary.text(), Hashes.of(EmbedText.of(title, summary.text())));
		changes.added.add(chunk);
	}

	/** A file named in a tool call, as the key of the indexed file it is, when it is in a root. */
	private static Optional<String> fileKey(Sql sql, Path workspace, String named) {
		Path file;
		try {
			file = workspace.resolve(named).toAbsolutePath().normalize();
		} catch (java.nio.file.InvalidPathException e) {
			return Optional.empty();
		}
		List<String[]> roots = sql.query("SELECT name, folder FROM memory_roots", row -> new String[] { row.text("name"), row.text("folder") });
		for (var root : roots) {
			var folder = Path.of(root[1]);
			if (file.startsWith(folder) && !file.equals(folder)) {
				return Optional.of(Keys.file(root[0], folder.relativize(file).toString().replace('\\', '/')));
			}
		}
		return Optional.empty();
	}

	private static void relate(Sql sql, long owner, String source, RelationKind kind, String target) {
		sql.update("INSERT INTO memory_relations (owner, source, kind, target) VALUES (?, ?, ?, ?)", owner, source, kind.name(), target);
	}
}
