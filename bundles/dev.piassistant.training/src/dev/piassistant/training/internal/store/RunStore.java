package dev.piassistant.training.internal.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.inference.Device;
import dev.piassistant.core.store.Database;
import dev.piassistant.core.store.Row;
import dev.piassistant.core.training.DatasetInfo;
import dev.piassistant.core.training.DeployedModel;
import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.Evaluation;
import dev.piassistant.core.training.Hyperparameters;
import dev.piassistant.core.training.RunId;
import dev.piassistant.core.training.RunState;
import dev.piassistant.core.training.RunSummary;
import dev.piassistant.core.training.TaskType;

/** Runs, epochs and deployments through the {@link Database} service. */
public final class RunStore {

	private final Database database;

	public RunStore(Database database) {
		this.database = database;
	}

	/** What a run needs beyond its summary to be resumed: where its data and files are. */
	public record Origin(@Nullable String textColumn, Path folder) {
	}

	public void insert(RunSummary run, Origin origin) {
		database.write(sql -> sql.insert("""
				INSERT INTO training_run (id, name, task_type, dataset, label_column, text_column, state, hyperparameters, data, device,
				started, folder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", run.id().value(), run.name(), run.taskType().name(),
				run.dataset(), run.labelColumn(), origin.textColumn(), run.state().name(), Json.write(run.hyperparameters()),
				Json.write(run.data()), run.device().id(), run.started().toString(), origin.folder().toString()));
	}

	/** Records an epoch; the run's epoch count and best epoch follow it. */
	public void addEpoch(RunId run, EpochMetrics epoch) {
		database.write(sql -> {
			sql.update("""
					INSERT INTO training_epoch (run, epoch, train_loss, validation_loss, learning_rate, millis, accuracy, macro_f1, mae,
					rmse, r2, best, since_best) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", run.value(), epoch.epoch(), epoch.trainLoss(),
					epoch.validationLoss(), epoch.learningRate(), epoch.millis(), epoch.accuracy(), epoch.macroF1(), epoch.mae(), epoch.rmse(),
					epoch.r2(), epoch.best(), epoch.sinceBest());
			return sql.update("UPDATE training_run SET epochs = ?, best_epoch = CASE WHEN ? THEN ? ELSE best_epoch END WHERE id = ?",
					epoch.epoch(), epoch.best(), epoch.epoch(), run.value());
		});
	}

	/** Forgets the epochs after {@code epoch}, whose checkpoints a crash may have lost. */
	public void truncate(RunId run, int epoch) {
		database.write(sql -> {
			sql.update("DELETE FROM training_epoch WHERE run = ? AND epoch > ?", run.value(), epoch);
			return sql.update("UPDATE training_run SET epochs = ?, best_epoch = (SELECT coalesce(max(epoch), 0) FROM training_epoch "
					+ "WHERE run = ? AND best = 1) WHERE id = ?", epoch, run.value(), run.value());
		});
	}

	public void running(RunId run, Device device) {
		database.write(sql -> sql.update("UPDATE training_run SET state = ?, device = ?, ended = NULL, problem = NULL WHERE id = ?",
				RunState.RUNNING.name(), device.id(), run.value()));
	}

	public void end(RunId run, RunState state, boolean stoppedEarly, @Nullable Evaluation test, @Nullable String problem, Instant at) {
		database.write(sql -> sql.update("UPDATE training_run SET state = ?, stopped_early = ?, test = ?, problem = ?, ended = ? WHERE id = ?",
				state.name(), stoppedEarly, test == null ? null : Json.write(test), problem, at.toString(), run.value()));
	}

	/** Marks the runs the store says are running, which no job of this process runs, as interrupted. */
	public int interruptRunning() {
		return database.write(sql -> sql.update("UPDATE training_run SET state = ? WHERE state = ?", RunState.INTERRUPTED.name(),
				RunState.RUNNING.name()));
	}

	public List<RunSummary> runs() {
		return database.read(sql -> sql.query("SELECT * FROM training_run ORDER BY started DESC, rowid DESC", RunStore::summary));
	}

	public Optional<RunSummary> run(RunId run) {
		return database.read(sql -> sql.queryFirst("SELECT * FROM training_run WHERE id = ?", RunStore::summary, run.value()));
	}

	public Optional<Origin> origin(RunId run) {
		return database.read(sql -> sql.queryFirst("SELECT text_column, folder FROM training_run WHERE id = ?",
				row -> new Origin(row.isNull("text_column") ? null : row.text("text_column"), Path.of(row.text("folder"))), run.value()));
	}

	public List<EpochMetrics> epochs(RunId run) {
		return database.read(sql -> sql.query("SELECT * FROM training_epoch WHERE run = ? ORDER BY epoch", RunStore::epoch, run.value()));
	}

	public void deploy(DeployedModel model) {
		database.write(sql -> sql.insert("""
				INSERT INTO training_deployment (name, version, run, tool, task_type, inputs, labels, folder, deployed)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", model.name(), model.version(), model.run().value(), model.toolName(),
				model.taskType().name(), Json.write(model.inputs()), Json.write(model.labels()), model.directory().toString(),
				model.deployedAt().toString()));
	}

	/** Every deployed version, newest first; the highest version of each name is the active one. */
	public List<DeployedModel> deployments() {
		return database.read(sql -> sql.query("""
				SELECT d.*, d.version = (SELECT max(version) FROM training_deployment WHERE name = d.name) AS active
				FROM training_deployment d ORDER BY d.deployed DESC, d.name, d.version DESC""", RunStore::deployment));
	}

	public int nextVersion(String name) {
		return database.read(sql -> sql.queryFirst("SELECT coalesce(max(version), 0) + 1 AS next FROM training_deployment WHERE name = ?",
				row -> (int) row.integer("next"), name).orElse(1));
	}

	private static RunSummary summary(Row row) {
		return new RunSummary(new RunId(row.text("id")), row.text("name"), TaskType.valueOf(row.text("task_type")), row.text("dataset"),
				row.isNull("label_column") ? null : row.text("label_column"), RunState.valueOf(row.text("state")),
				Json.read(row.text("hyperparameters"), Hyperparameters.class), Json.read(row.text("data"), DatasetInfo.class),
				Device.parse(row.text("device")), Instant.parse(row.text("started")), row.isNull("ended") ? null : Instant.parse(row.text("ended")),
				(int) row.integer("epochs"), (int) row.integer("best_epoch"), row.integer("stopped_early") != 0,
				row.isNull("test") ? null : Json.read(row.text("test"), Evaluation.class), row.isNull("problem") ? null : row.text("problem"));
	}

	private static EpochMetrics epoch(Row row) {
		return new EpochMetrics((int) row.integer("epoch"), row.real("train_loss"), row.real("validation_loss"), row.real("learning_rate"),
				row.integer("millis"), optional(row, "accuracy"), optional(row, "macro_f1"), optional(row, "mae"), optional(row, "rmse"),
				optional(row, "r2"), row.integer("best") != 0, (int) row.integer("since_best"));
	}

	private static @Nullable Double optional(Row row, String column) {
		return row.isNull(column) ? null : row.real(column);
	}

	private static DeployedModel deployment(Row row) {
		return new DeployedModel(row.text("name"), (int) row.integer("version"), new RunId(row.text("run")), row.text("tool"),
				TaskType.valueOf(row.text("task_type")), Arrays.asList(Json.read(row.text("inputs"), String[].class)),
				Arrays.asList(Json.read(row.text("labels"), String[].class)), Path.of(row.text("folder")), Instant.parse(row.text("deployed")),
				row.integer("active") != 0);
	}
}
