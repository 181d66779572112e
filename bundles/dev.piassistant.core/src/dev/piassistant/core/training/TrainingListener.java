package dev.piassistant.core.training;

/** Follows runs live. Called on the training job's thread; UI listeners hand over to the display thread. */
public interface TrainingListener {

	/** A run started, ended, or changed what the store says of it. */
	void onRun(RunSummary run);

	/** A run finished an epoch (its metrics and checkpoint are stored). */
	void onEpoch(RunId run, EpochMetrics epoch);
}
