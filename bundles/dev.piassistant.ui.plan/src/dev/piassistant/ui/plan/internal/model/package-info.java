/**
 * What the Plan editor and the timeline show, without widgets: the plan being edited with its undo history,
 * a task's events folded into timeline entries and step links, and the dependency graph with its critical path.
 */
@NonNullByDefault
package dev.piassistant.ui.plan.internal.model;

import org.eclipse.jdt.annotation.NonNullByDefault;
