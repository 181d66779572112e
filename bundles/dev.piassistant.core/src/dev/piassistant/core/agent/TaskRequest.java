package dev.piassistant.core.agent;

import java.util.Objects;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.llm.ModelRef;

/** What the user asked for, in which session, and how it is to run. */
public record TaskRequest(SessionId session, String prompt, TaskSettings settings) {

	public TaskRequest {
		Objects.requireNonNull(session, "session");
		Objects.requireNonNull(settings, "settings");
		if (prompt == null || prompt.isBlank()) {
			throw new IllegalArgumentException("the prompt is empty");
		}
	}

	/** A request with the default settings for the model. */
	public TaskRequest(SessionId session, String prompt, ModelRef model) {
		this(session, prompt, TaskSettings.defaults(model));
	}
}
