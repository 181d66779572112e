package dev.piassistant.training.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.inference.InferenceService;
import dev.piassistant.core.inference.MlpSpec;
import dev.piassistant.core.training.DatasetInfo;
import dev.piassistant.core.training.DatasetProblem;
import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.RunId;
import dev.piassistant.core.training.RunState;
import dev.piassistant.core.training.RunSummary;
import dev.piassistant.core.training.TaskType;
import dev.piassistant.core.training.TrainingRequest;
import dev.piassistant.training.internal.data.Datasets;
import dev.piassistant.training.internal.data.Problems;
import dev.piassistant.training.internal.learn.EarlyStopping;
import dev.piassistant.training.internal.learn.Encoded;
import dev.piassistant.training.internal.learn.Rules;
import dev.piassistant.training.internal.prep.Encoder;
import dev.piassistant.training.internal.prep.Prepared;
import dev.piassistant.training.internal.prep.Preprocessing;
import dev.piassistant.training.internal.prep.Split;
import dev.piassistant.training.internal.store.Json;
import dev.piassistant.training.internal.store.RunStore;

/**
 * Works out a run: reads and checks the data, splits it, chooses the hyperparameters, fits the
 * preprocessing, sizes the network and places it. Writes nothing, so that bad data leaves no trace.
 */
public final class Planner {

	private final InferenceService inference;

	public Planner(InferenceService inference) {
		this.inference = inference;
	}

	public RunPlan plan(TrainingRequest request) {
		var data = prepare(request.dataset(), request.labelColumn(), request.textColumn(), request.taskType());
		var seed = request.overrides().seed() != null ? request.overrides().seed() : Rules.choose(data.task(), 0, request.overrides()).seed();
		var split = Split.of(data, seed);
		var hyperparameters = Rules.choose(data.task(), split.train().length, request.overrides());
		var preprocessing = Preprocessing.fit(data, split.train(), hyperparameters.vocabulary());
		if (preprocessing.features() == 0) {
			throw Problems.of(new DatasetProblem.NoTextColumn(data.table().columns()));
		}
		var spec = new MlpSpec(preprocessing.features(), hyperparameters.hidden(), outputs(data), hyperparameters.dropout());
		var device = inference.place(spec.parameterBytes(), InferenceService.Purpose.TRAINING).device();
		var id = RunId.random();
		var summary = new RunSummary(id, request.name().trim(), data.task(), request.dataset().toString(), data.labelName(), RunState.RUNNING,
				hyperparameters, info(data, split, preprocessing), device, Instant.now(), null, 0, 0, false, null, null);
		return encoded(summary, data.textColumn(), RunFolders.run(id), data, split, preprocessing, spec, 0, new EarlyStopping(hyperparameters.patience()),
				null);
	}

	/** Plans the rest of an interrupted run from its last checkpoint, on the data it started with. */
	public RunPlan resume(RunSummary run, RunStore.Origin origin, List<EpochMetrics> epochs) {
		var last = RunFolders.last(origin.folder())
				.orElseThrow(() -> new IllegalStateException("Run " + run.name() + " has no checkpoint to resume from; start it again."));
		var data = prepare(Path.of(run.dataset()), run.labelColumn(), origin.textColumn(), run.taskType());
		var split = Split.of(data, run.hyperparameters().seed());
		var preprocessing = Json.readFile(origin.folder().resolve(RunFolders.PREPROCESSING), Preprocessing.class);
		var spec = Json.readFile(origin.folder().resolve(RunFolders.NETWORK), MlpSpec.class);
		if (data.size() != run.data().rows() || new Encoder(preprocessing).encode(data, new int[] { 0 })[0].length != spec.inputs()) {
			throw new IllegalStateException("The data of run " + run.name() + " changed since it started (" + run.data().rows() + " rows then, "
					+ data.size() + " now); start a new run instead.");
		}
		int done = last.epoch();
		var kept = epochs.stream().filter(epoch -> epoch.epoch() <= done).toList();
		var best = kept.stream().filter(EpochMetrics::best).reduce((first, second) -> second);
		var stopping = best.map(b -> new EarlyStopping(run.hyperparameters().patience(), b.validationLoss(), b.epoch(), done - b.epoch()))
				.orElse(new EarlyStopping(run.hyperparameters().patience()));
		var device = inference.place(spec.parameterBytes(), InferenceService.Purpose.TRAINING).device();
		var summary = new RunSummary(run.id(), run.name(), run.taskType(), run.dataset(), run.labelColumn(), RunState.RUNNING,
				run.hyperparameters(), run.data(), device, run.started(), null, done, stopping.bestEpoch(), false, null, null);
		return encoded(summary, origin.textColumn(), origin.folder(), data, split, preprocessing, spec, done, stopping, last.file());
	}

	static Prepared prepare(Path dataset, @Nullable String label, @Nullable String text, @Nullable TaskType task) {
		return dev.piassistant.training.internal.prep.Validation.check(Datasets.read(dataset), label, text, task);
	}

	private static RunPlan encoded(RunSummary summary, @Nullable String textColumn, Path folder, Prepared data, Split split,
			Preprocessing preprocessing, MlpSpec spec, int done, EarlyStopping stopping, @Nullable Path resume) {
		var encoder = new Encoder(preprocessing);
		return new RunPlan(summary, textColumn, folder, preprocessing, spec, encode(encoder, data, split.train(), preprocessing),
				encode(encoder, data, split.validation(), preprocessing), encode(encoder, data, split.test(), preprocessing), done, stopping, resume);
	}

	private static Encoded encode(Encoder encoder, Prepared data, int[] rows, Preprocessing preprocessing) {
		var y = new float[rows.length];
		for (int i = 0; i < rows.length; i++) {
			y[i] = data.task().isClassification() ? data.classOf()[rows[i]] : (float) preprocessing.standardise(data.targets()[rows[i]]);
		}
		return new Encoded(encoder.encode(data, rows), y);
	}

	private static int outputs(Prepared data) {
		return data.task().isClassification() ? data.classes().size() : 1;
	}

	private static DatasetInfo info(Prepared data, Split split, Preprocessing preprocessing) {
		return new DatasetInfo(data.table().format(), data.size(), data.inputNames(), preprocessing.features(), data.classCounts(),
				split.train().length, split.validation().length, split.test().length);
	}
}
