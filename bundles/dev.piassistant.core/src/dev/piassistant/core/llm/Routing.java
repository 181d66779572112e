package dev.piassistant.core.llm;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The models the agent routes between when a task's model is not pinned. Any may be missing; a missing
 * one means the task's own model.
 *
 * @param small    for cheap work: reading, listing, summarizing (a small or local model)
 * @param large    for planning and for steps that went wrong
 * @param fallback used when the chosen model fails again and again
 */
public record Routing(@Nullable ModelRef small, @Nullable ModelRef large, @Nullable ModelRef fallback) {

	public static final Routing NONE = new Routing(null, null, null);
}
