/**
 * Training task-specific models on the user's own data: datasets and their problems, runs with per-epoch
 * metrics, deployment as agent tools, and the {@link dev.piassistant.core.training.TrainingService} that
 * does it all in the background.
 */
@NonNullByDefault
package dev.piassistant.core.training;

import org.eclipse.jdt.annotation.NonNullByDefault;
