/**
 * Device-aware inference: what hardware there is ({@link dev.piassistant.core.inference.HardwareProfile}),
 * what each device can do, where a model goes ({@link dev.piassistant.core.inference.Placement}), which
 * models are loaded on which device, and the {@link dev.piassistant.core.inference.InferenceService} that
 * runs them, falling back to the CPU when a GPU runs out of memory.
 */
@NonNullByDefault
package dev.piassistant.core.inference;

import org.eclipse.jdt.annotation.NonNullByDefault;
