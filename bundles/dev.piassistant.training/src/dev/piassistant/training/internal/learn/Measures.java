package dev.piassistant.training.internal.learn;

import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.Evaluation;
import dev.piassistant.core.training.TaskType;
import dev.piassistant.training.internal.prep.Preprocessing;

/** Turns a split's network outputs into the run's metrics: classes by the highest score, numbers scaled back. */
final class Measures {

	private Measures() {
	}

	static EpochMetrics epoch(int epoch, double trainLoss, Trainer.Measured measured, double rate, long millis, boolean best, int sinceBest,
			Preprocessing preprocessing, Encoded data) {
		var evaluation = evaluation(measured, preprocessing, data);
		return new EpochMetrics(epoch, trainLoss, measured.loss(), rate, millis, evaluation.accuracy(), evaluation.macroF1(), evaluation.mae(),
				evaluation.rmse(), evaluation.r2(), best, sinceBest);
	}

	static Evaluation evaluation(Trainer.Measured measured, Preprocessing preprocessing, Encoded data) {
		if (preprocessing.task() == TaskType.TABULAR_REGRESSION) {
			var truth = new double[data.size()];
			var predicted = new double[data.size()];
			for (int row = 0; row < truth.length; row++) {
				truth[row] = preprocessing.target(data.y()[row]);
				predicted[row] = preprocessing.target(measured.outputs()[row]);
			}
			return Metrics.regression(truth, predicted);
		}
		var truth = new int[data.size()];
		var predicted = new int[data.size()];
		for (int row = 0; row < truth.length; row++) {
			truth[row] = (int) data.y()[row];
			predicted[row] = argmax(measured.outputs(), row * measured.width(), measured.width());
		}
		return Metrics.classification(truth, predicted, preprocessing.classes());
	}

	static int argmax(float[] values, int offset, int width) {
		int best = 0;
		for (int i = 1; i < width; i++) {
			if (values[offset + i] > values[offset + best]) {
				best = i;
			}
		}
		return best;
	}
}
