/**
 * The Training dashboard: runs, their curves as they train, the epoch table, and starting, stopping and
 * deploying runs. It talks to the core {@code TrainingService} only; long work runs as jobs.
 */
@NonNullByDefault
package dev.piassistant.ui.training.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
