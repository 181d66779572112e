/**
 * Deployment: copying a run's best checkpoint into a versioned model folder with its model card, running
 * deployed models on new rows, and offering them to the agent as tools, with {@code train_model} beside them.
 */
@NonNullByDefault
package dev.piassistant.training.internal.deploy;

import org.eclipse.jdt.annotation.NonNullByDefault;
