package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;

/** An interrupted task (Pi Assistant was closed or killed while it ran) was taken up again. */
public record TaskResumed(SessionId session, Instant at, TaskId task) implements TaskEvent {
}
