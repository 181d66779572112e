/**
 * Learning: the rules that pick an architecture and hyperparameters, the learning-rate schedule, early
 * stopping, the metrics, and the DJL training loop with a checkpoint per epoch.
 */
@NonNullByDefault
package dev.piassistant.training.internal.learn;

import org.eclipse.jdt.annotation.NonNullByDefault;
