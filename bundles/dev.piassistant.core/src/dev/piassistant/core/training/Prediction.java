package dev.piassistant.core.training;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What a deployed model says about one input.
 *
 * @param label         the class (classification)
 * @param value         the number (regression), or the class's probability
 * @param confidence    the probability of the class; 1 for a regression
 * @param lowConfidence below the model's threshold: ask the user for the right label
 */
public record Prediction(@Nullable String label, double value, double confidence, boolean lowConfidence) {
}
