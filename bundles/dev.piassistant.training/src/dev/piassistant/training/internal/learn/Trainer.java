package dev.piassistant.training.internal.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.eclipse.jdt.annotation.Nullable;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import dev.piassistant.core.inference.Device;
import dev.piassistant.core.inference.MlpSpec;
import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.Evaluation;
import dev.piassistant.core.training.Hyperparameters;
import dev.piassistant.inference.djl.Devices;
import dev.piassistant.inference.djl.Mlp;
import dev.piassistant.inference.djl.Parameters;
import dev.piassistant.training.internal.prep.Preprocessing;

/**
 * Trains an MLP with DJL: Adam with the run's learning-rate schedule and weight decay, mini-batches in a new
 * seeded order each epoch, softmax cross-entropy for classes and squared error for a standardised target.
 * After each epoch it measures the validation split, writes a checkpoint and reports; it stops early, on
 * its last epoch, or when asked (within a batch). Finally it loads the best checkpoint and measures the
 * test split with it. A resumed run starts from a checkpoint, with the optimizer's step count carried on
 * (so the schedule continues) but its moment estimates started afresh.
 */
public final class Trainer {

	public static final String PREFIX = "model";

	/** Hears of each epoch and says whether to stop. */
	public interface Progress {
		boolean stopRequested();

		void epoch(EpochMetrics metrics, Path checkpoint);
	}

	/** How training ended. */
	public record Outcome(int epochs, int bestEpoch, boolean stoppedEarly, boolean stopped, @Nullable Evaluation test) {
	}

	private final Engine engine;
	private final Device device;
	private final MlpSpec spec;
	private final Hyperparameters hyperparameters;
	private final Preprocessing preprocessing;
	private final Path checkpoints;

	public Trainer(Engine engine, Device device, MlpSpec spec, Hyperparameters hyperparameters, Preprocessing preprocessing, Path checkpoints) {
		this.engine = engine;
		this.device = device;
		this.spec = spec;
		this.hyperparameters = hyperparameters;
		this.preprocessing = preprocessing;
		this.checkpoints = checkpoints;
	}

	/**
	 * @param done     epochs already trained (0 for a new run)
	 * @param stopping the early-stopping state after them
	 * @param resume   the checkpoint to start from, for a resumed run
	 */
	public Outcome train(Encoded train, Encoded validation, Encoded test, int done, EarlyStopping stopping, @Nullable Path resume,
			Progress progress) throws IOException, MalformedModelException {
		engine.setRandomSeed((int) hyperparameters.seed());
		int batch = Math.min(hyperparameters.batchSize(), train.size());
		int steps = (train.size() + batch - 1) / batch;
		Tracker schedule = Schedules.of(hyperparameters, steps);
		var loss = spec.outputs() == 1 ? Loss.l2Loss() : Loss.softmaxCrossEntropyLoss();
		var optimizer = Adam.builder().optLearningRateTracker(schedule).optWeightDecays((float) hyperparameters.weightDecay())
				.optBeginNumUpdate(done * steps).build();
		var config = new DefaultTrainingConfig(loss).optOptimizer(optimizer).optDevices(new ai.djl.Device[] { Devices.toDjl(device) })
				.optInitializer(new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN, XavierInitializer.FactorType.IN, 2),
						Parameter.Type.WEIGHT);
		try (Model model = engine.newModel(PREFIX, Devices.toDjl(device))) {
			model.setBlock(Mlp.of(spec));
			try (var trainer = model.newTrainer(config)) {
				trainer.initialize(new Shape(1, spec.inputs()));
				if (resume != null) {
					Parameters.load(model.getBlock(), trainer.getManager(), resume);
				}
				var session = new Session(trainer, loss, batch);
				int epoch = done;
				boolean stopped = false;
				while (epoch < hyperparameters.maxEpochs() && !stopping.shouldStop()) {
					var started = System.nanoTime();
					var rate = schedule.getNewValue(epoch * steps);
					var trainLoss = session.epoch(train, new Random(hyperparameters.seed() * 31 + epoch), progress);
					if (Double.isNaN(trainLoss)) {
						stopped = true;
						break;
					}
					epoch++;
					var measured = session.measure(validation);
					var best = stopping.record(epoch, measured.loss());
					var file = checkpoints.resolve(Parameters.fileName(PREFIX, epoch));
					Parameters.save(model.getBlock(), file);
					progress.epoch(Measures.epoch(epoch, trainLoss, measured, rate, (System.nanoTime() - started) / 1_000_000, best,
							stopping.sinceBest(), preprocessing, validation), file);
					if (progress.stopRequested()) {
						stopped = true;
						break;
					}
				}
				if (stopping.bestEpoch() == 0) {
					return new Outcome(epoch, 0, false, stopped, null);
				}
				Parameters.load(model.getBlock(), trainer.getManager(), checkpoints.resolve(Parameters.fileName(PREFIX, stopping.bestEpoch())));
				var tested = Measures.evaluation(session.measure(test), preprocessing, test);
				return new Outcome(epoch, stopping.bestEpoch(), stopping.shouldStop(), stopped, tested);
			}
		}
	}

	/** One trainer's batches and measurements. */
	private static final class Session {
		private final ai.djl.training.Trainer trainer;
		private final Loss loss;
		private final int batch;

		Session(ai.djl.training.Trainer trainer, Loss loss, int batch) {
			this.trainer = trainer;
			this.loss = loss;
			this.batch = batch;
		}

		/** One pass over the rows in a new order; the mean loss, or NaN when stopped part way. */
		double epoch(Encoded data, Random random, Progress progress) {
			var order = permutation(data.size(), random);
			double sum = 0;
			try (NDManager manager = trainer.getManager().newSubManager()) {
				var x = manager.create(gather(data.x(), order));
				var y = manager.create(gather(data.y(), order));
				for (int start = 0; start < data.size(); start += batch) {
					if (progress.stopRequested()) {
						return Double.NaN;
					}
					int end = Math.min(data.size(), start + batch);
					try (NDManager step = manager.newSubManager()) {
						var index = new NDIndex().addSliceDim(start, end);
						var xs = x.get(index);
						var ys = y.get(index);
						xs.attach(step);
						ys.attach(step);
						try (var collector = trainer.newGradientCollector()) {
							var predicted = trainer.forward(new NDList(xs));
							var value = loss.evaluate(new NDList(ys), predicted);
							collector.backward(value);
							sum += value.getFloat() * (end - start);
						}
					}
					trainer.step();
				}
			}
			return sum / data.size();
		}

		/** The network's outputs on a split, and its loss there. */
		Measured measure(Encoded data) {
			try (NDManager manager = trainer.getManager().newSubManager()) {
				var x = manager.create(data.x());
				var y = manager.create(data.y());
				var predicted = trainer.evaluate(new NDList(x));
				var value = loss.evaluate(new NDList(y), predicted).getFloat();
				var flat = predicted.singletonOrThrow().toType(DataType.FLOAT32, false).toFloatArray();
				return new Measured(value, flat, (int) predicted.singletonOrThrow().getShape().get(1));
			}
		}
	}

	/** Outputs per row, flattened, and the loss. */
	record Measured(double loss, float[] outputs, int width) {
	}

	private static int[] permutation(int size, Random random) {
		var order = new int[size];
		Arrays.setAll(order, i -> i);
		for (int i = size - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		return order;
	}

	private static float[][] gather(float[][] rows, int[] order) {
		var gathered = new float[order.length][];
		for (int i = 0; i < order.length; i++) {
			gathered[i] = rows[order[i]];
		}
		return gathered;
	}

	private static float[] gather(float[] values, int[] order) {
		var gathered = new float[order.length];
		for (int i = 0; i < order.length; i++) {
			gathered[i] = values[order[i]];
		}
		return gathered;
	}
}
