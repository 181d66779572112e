/**
 * The training service: planning a run from a request (read, check, split, fit, place), running it as a
 * job, resuming it after a crash, and the files each run keeps.
 */
@NonNullByDefault
package dev.piassistant.training.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
