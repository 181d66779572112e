package dev.piassistant.ui.chat.internal.model;

import dev.piassistant.core.event.AgentEvent;

/**
 * Something worth a line: a retry after a provider failure, a failover to another model, older turns
 * summarized, a hook that failed, an interrupted task taken up again.
 *
 * @param event an {@code AssistantRetryScheduled}, {@code ModelFailedOver}, {@code ContextCompacted},
 *              {@code HookFailed} or {@code TaskResumed}
 */
public record NoticeItem(String key, AgentEvent event) implements TranscriptItem {
}
