/**
 * How a task looks on the terminal (plan tree, steps, one line per tool call, streamed answers) or as JSON
 * lines for scripts; both follow the agent's events.
 */
@NonNullByDefault
package dev.piassistant.cli.internal.render;

import org.eclipse.jdt.annotation.NonNullByDefault;
