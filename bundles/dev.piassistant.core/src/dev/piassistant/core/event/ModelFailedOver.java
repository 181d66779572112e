package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderError;

/** A model failed again and again; the task goes on with the configured fallback. */
public record ModelFailedOver(SessionId session, Instant at, TaskId task, ModelRef from, ModelRef to,
		ProviderError cause) implements TaskEvent {
}
