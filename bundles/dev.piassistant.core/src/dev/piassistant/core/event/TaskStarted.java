package dev.piassistant.core.event;

import java.time.Instant;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.TaskSettings;

/** The agent took on the user's message {@code request}. */
public record TaskStarted(SessionId session, Instant at, TaskId task, MessageId request, String prompt,
		TaskSettings settings) implements TaskEvent {
}
