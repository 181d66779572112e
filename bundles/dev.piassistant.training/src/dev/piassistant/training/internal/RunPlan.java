package dev.piassistant.training.internal;

import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.inference.MlpSpec;
import dev.piassistant.core.training.RunSummary;
import dev.piassistant.training.internal.learn.EarlyStopping;
import dev.piassistant.training.internal.learn.Encoded;
import dev.piassistant.training.internal.prep.Preprocessing;

/**
 * Everything a run's job needs, worked out before anything is written: the data encoded and split, the
 * network, and, for a resumed run, where it takes up.
 *
 * @param done   epochs already trained
 * @param resume the checkpoint to start from
 */
public record RunPlan(RunSummary summary, @Nullable String textColumn, Path folder, Preprocessing preprocessing, MlpSpec spec,
		Encoded train, Encoded validation, Encoded test, int done, EarlyStopping stopping, @Nullable Path resume) {
}
