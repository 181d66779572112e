package dev.piassistant.ui.chat.internal.model;

import dev.piassistant.core.agent.Spend;

/**
 * What the status line says: what runs, what the current (or last) task spent and what the session spent.
 */
public record StatusLine(Activity activity, Spend task, Spend session) {
}
