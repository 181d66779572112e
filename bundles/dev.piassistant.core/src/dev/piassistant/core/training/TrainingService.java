package dev.piassistant.core.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import dev.piassistant.core.inference.EngineStatus;

/**
 * Trains models on the user's data and deploys them as agent tools. Each run is an Eclipse job of the
 * family {@link #JOB_FAMILY} with one unit of progress per epoch, cancellable (a cancelled run is
 * {@link RunState#STOPPED} and keeps its best checkpoint). Runs, their epochs and deployed models are kept
 * in the workspace database; parameters, checkpoints and model cards under the Pi Assistant home folder.
 */
public interface TrainingService {

	String JOB_FAMILY = "dev.piassistant.training.runs";

	/** Whether training can run here: the engine's native libraries come in an optional feature. */
	EngineStatus engine();

	/**
	 * The first {@code rows} rows of a dataset and what training would make of it.
	 *
	 * @throws DatasetException when it cannot be read
	 */
	DatasetPreview preview(Path dataset, int rows);

	/**
	 * Reads and checks the dataset, then starts the run in the background.
	 *
	 * @throws DatasetException when the dataset cannot be trained on; then nothing is written
	 * @throws IllegalStateException when the engine is not installed
	 */
	RunSummary start(TrainingRequest request);

	/** Stops a running run after its current batch; its best checkpoint is tested. */
	void stop(RunId run);

	/** Continues an interrupted run from its last checkpoint. */
	RunSummary resume(RunId run);

	/** Completes when the run has ended, whichever way. */
	CompletionStage<RunSummary> completion(RunId run);

	/** All runs, the newest first. */
	List<RunSummary> runs();

	Optional<RunSummary> run(RunId run);

	List<EpochMetrics> epochs(RunId run);

	/** The run's checkpoints on disk, oldest first. */
	List<Checkpoint> checkpoints(RunId run);

	/**
	 * Deploys the run's best checkpoint under {@code name} (made of lower-case letters, digits and
	 * underscores) as the next version, and writes its model card. The agent can use it at once, and after
	 * a restart.
	 */
	DeployedModel deploy(RunId run, String name);

	/** Every deployed version, the newest first. */
	List<DeployedModel> deployed();

	/** Runs the active version of a deployed model on rows given as column to value. */
	List<Prediction> predict(String name, List<Map<String, String>> rows);

	void addListener(TrainingListener listener);

	void removeListener(TrainingListener listener);
}
