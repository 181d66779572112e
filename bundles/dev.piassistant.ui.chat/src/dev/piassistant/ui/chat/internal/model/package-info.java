/**
 * The Agent view without widgets: {@link dev.piassistant.ui.chat.internal.model.ChatController} turns a
 * session's events into an ordered list of transcript items, knows the open questions, totals what tasks
 * spent and decides what the status line says. Plain Java, so it is tested without a workbench.
 */
@NonNullByDefault
package dev.piassistant.ui.chat.internal.model;

import org.eclipse.jdt.annotation.NonNullByDefault;
