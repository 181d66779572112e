package dev.piassistant.memory.internal.episodes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.TaskProjection;
import dev.piassistant.core.agent.TaskSnapshot;
import dev.piassistant.core.event.AgentEvent;
import dev.piassistant.core.memory.Episode;
import dev.piassistant.core.store.Database;
import dev.piassistant.memory.internal.index.ChunkChanges;

/** Episodes as stored: recorded from a session's events when a task ends, listed, rated. */
public final class EpisodeStore {

	private final Database database;
	private final Path workspace;

	public EpisodeStore(Database database, Path workspace) {
		this.database = database;
		this.workspace = workspace;
	}

	/** Records every ended task of the session's events that has no episode yet; returns the changes to chunks. */
	public ChunkChanges record(List<AgentEvent> events) {
		var changes = new ChunkChanges();
		for (var task : TaskProjection.of(events)) {
			if (task.hasEnded() && !has(task.task())) {
				record(task, changes);
			}
		}
		return changes;
	}

	private void record(TaskSnapshot task, ChunkChanges changes) {
		var ended = task.ending().map(AgentEvent::at).orElse(Instant.now());
		var summary = EpisodeSummary.of(task);
		database.write(sql -> {
			EpisodeWriter.write(sql, workspace, task.session(), task.task(), ended, summary, changes);
			return null;
		});
	}

	public boolean has(TaskId task) {
		return database.read(sql -> sql.queryFirst("SELECT 1 AS found FROM memory_episodes WHERE task = ?", row -> true,
				task.value()).isPresent());
	}

	public List<Episode> latest(int limit) {
		return database.read(sql -> sql.query("SELECT * FROM memory_episodes ORDER BY ended_at DESC LIMIT ?",
				row -> new Episode(new TaskId(row.text("task")), new SessionId(row.text("session")), Instant.parse(row.text("ended_at")),
						row.text("prompt"), row.text("summary"), row.text("outcome"),
						row.text("files").isEmpty() ? List.of() : Arrays.asList(row.text("files").split("\n")),
						Episode.Rating.valueOf(row.text("rating"))), limit));
	}

	public void rate(TaskId task, Episode.Rating rating) {
		var changed = database.write(sql -> sql.update("UPDATE memory_episodes SET rating = ? WHERE task = ?", rating.name(), task.value()));
		if (changed == 0) {
			throw new IllegalArgumentException("There is no episode of the task " + task + ".");
		}
	}

	/** Tasks the user rated down: their episodes are left out of the agent's context. */
	public java.util.Set<String> ratedDown() {
		return new java.util.HashSet<>(database.read(sql -> sql.query(
				"SELECT task FROM memory_episodes WHERE rating = 'DOWN'", row -> "task:" + row.text("task"))));
	}
}
