package dev.piassistant.core.training;

import org.eclipse.jdt.annotation.Nullable;

/**
 * One epoch of a run. Classification fills accuracy and macro-F1, regression MAE, RMSE and R²; all measured
 * on the validation split (regression in the label's own units).
 *
 * @param epoch        from 1
 * @param trainLoss    mean loss over the epoch's batches
 * @param validationLoss loss on the validation split
 * @param learningRate the rate the epoch trained at
 * @param millis       how long the epoch took
 * @param best         whether its validation loss is the best so far (its checkpoint is the one kept as best)
 * @param sinceBest    epochs since the best one, counted against the patience
 */
public record EpochMetrics(int epoch, double trainLoss, double validationLoss, double learningRate, long millis,
		@Nullable Double accuracy, @Nullable Double macroF1, @Nullable Double mae, @Nullable Double rmse, @Nullable Double r2,
		boolean best, int sinceBest) {
}
