package dev.piassistant.training.internal.store;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.piassistant.core.store.SchemaContribution;

/** Runs, epochs and deployed models. Values that are records (hyperparameters, test metrics) are JSON. */
@Component(service = SchemaContribution.class)
public final class TrainingSchema implements SchemaContribution {

	public static final String OWNER = "dev.piassistant.training";

	private static final String V1 = """
			CREATE TABLE training_run (
				id TEXT NOT NULL PRIMARY KEY,
				name TEXT NOT NULL,
				task_type TEXT NOT NULL,
				dataset TEXT NOT NULL,
				label_column TEXT,
				text_column TEXT,
				state TEXT NOT NULL,
				hyperparameters TEXT NOT NULL,
				data TEXT NOT NULL,
				device TEXT NOT NULL,
				started TEXT NOT NULL,
				ended TEXT,
				epochs INTEGER NOT NULL DEFAULT 0,
				best_epoch INTEGER NOT NULL DEFAULT 0,
				stopped_early INTEGER NOT NULL DEFAULT 0,
				test TEXT,
				problem TEXT,
				folder TEXT NOT NULL
			);
			CREATE TABLE training_epoch (
				run TEXT NOT NULL REFERENCES training_run (id),
				epoch INTEGER NOT NULL,
				train_loss REAL NOT NULL,
				validation_loss REAL NOT NULL,
				learning_rate REAL NOT NULL,
				millis INTEGER NOT NULL,
				accuracy REAL,
				macro_f1 REAL,
				mae REAL,
				rmse REAL,
				r2 REAL,
				best INTEGER NOT NULL,
				since_best INTEGER NOT NULL,
				PRIMARY KEY (run, epoch)
			);
			CREATE TABLE training_deployment (
				name TEXT NOT NULL,
				version INTEGER NOT NULL,
				run TEXT NOT NULL REFERENCES training_run (id),
				tool TEXT NOT NULL,
				task_type TEXT NOT NULL,
				inputs TEXT NOT NULL,
				labels TEXT NOT NULL,
				folder TEXT NOT NULL,
				deployed TEXT NOT NULL,
				PRIMARY KEY (name, version)
			);
			""";

	@Override
	public String owner() {
		return OWNER;
	}

	@Override
	public List<String> migrations() {
		return List.of(V1);
	}
}
