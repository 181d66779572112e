package dev.piassistant.tools.internal.checkpoint;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.checkpoint.Checkpoint;
import dev.piassistant.core.checkpoint.CheckpointId;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.Row;
import dev.piassistant.core.store.Sql;

/** The checkpoints and their files in the workspace database. */
final class CheckpointTable {

	private static final String COLUMNS = "id, session, task, step, call, kind, at, label, written";

	private final Database database;

	CheckpointTable(Database database) {
		this.database = database;
	}

	void insert(Checkpoint checkpoint, List<KeptFile> files) {
		database.write(sql -> {
			sql.insert("INSERT INTO checkpoints (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", checkpoint.id().value(),
					checkpoint.session().value(), checkpoint.task().value(), checkpoint.step() == null ? null : checkpoint.step().value(),
					checkpoint.callId(), checkpoint.kind().name(), checkpoint.at().toString(), checkpoint.label(), checkpoint.written());
			for (var file : files) {
				var after = file.after();
				sql.insert("INSERT INTO checkpoint_files (checkpoint, path, repository, entry, before_blob, before_mode, after_blob, after_mode)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", checkpoint.id().value(), file.path().toString(), file.repository(), file.entry(),
						file.before().blobName(), file.before().kind().ordinal(), after == null ? null : after.blobName(),
						after == null ? -1 : after.kind().ordinal());
			}
			return null;
		});
	}

	/** Records what the write left in each file. */
	void written(CheckpointId id, Map<Path, FileState> after) {
		database.write(sql -> {
			after.forEach((path, state) -> sql.update("UPDATE checkpoint_files SET after_blob = ?, after_mode = ? WHERE checkpoint = ? AND path = ?",
					state.blobName(), state.kind().ordinal(), id.value(), path.toString()));
			sql.update("UPDATE checkpoints SET written = 1 WHERE id = ?", id.value());
			return null;
		});
	}

	Optional<Checkpoint> find(CheckpointId id) {
		return database.read(sql -> select(sql, "WHERE id = ?", id.value()).stream().findFirst());
	}

	List<Checkpoint> ofTask(TaskId task) {
		return database.read(sql -> select(sql, "WHERE task = ? ORDER BY seq", task.value()));
	}

	List<Checkpoint> ofStep(TaskId task, StepId step) {
		return database.read(sql -> select(sql, "WHERE task = ? AND step = ? ORDER BY seq", task.value(), step.value()));
	}

	List<Checkpoint> ofSession(SessionId session) {
		return database.read(sql -> select(sql, "WHERE session = ? ORDER BY seq", session.value()));
	}

	/** The files of a checkpoint, in the order they were given. */
	List<KeptFile> files(CheckpointId id) {
		return database.read(sql -> sql.query("SELECT * FROM checkpoint_files WHERE checkpoint = ? ORDER BY rowid", CheckpointTable::file,
				id.value()));
	}

	private static List<Checkpoint> select(Sql sql, String where, Object... arguments) {
		var checkpoints = sql.query("SELECT " + COLUMNS + " FROM checkpoints " + where, CheckpointTable::checkpoint, arguments);
		var withFiles = new ArrayList<Checkpoint>(checkpoints.size());
		for (var checkpoint : checkpoints) {
			var paths = sql.query("SELECT path FROM checkpoint_files WHERE checkpoint = ? ORDER BY rowid", row -> Path.of(row.text("path")),
					checkpoint.id().value());
			withFiles.add(new Checkpoint(checkpoint.id(), checkpoint.session(), checkpoint.task(), checkpoint.step(), checkpoint.callId(),
					checkpoint.kind(), checkpoint.at(), checkpoint.label(), paths, checkpoint.written()));
		}
		return withFiles;
	}

	private static Checkpoint checkpoint(Row row) {
		return new Checkpoint(new CheckpointId(row.text("id")), new SessionId(row.text("session")), new TaskId(row.text("task")),
				row.isNull("step") ? null : new StepId(row.text("step")), row.isNull("call") ? null : row.text("call"),
				Checkpoint.Kind.valueOf(row.text("kind")), Instant.parse(row.text("at")), row.text("label"), List.of(),
				row.integer("written") != 0);
	}

	private static KeptFile file(Row row) {
		var afterKind = (int) row.integer("after_mode");
		var after = afterKind < 0 ? null : FileState.of(row.isNull("after_blob") ? null : row.text("after_blob"), afterKind);
		return new KeptFile(Path.of(row.text("path")), row.text("repository"), row.text("entry"),
				FileState.of(row.isNull("before_blob") ? null : row.text("before_blob"), (int) row.integer("before_mode")), after);
	}
}
