package dev.piassistant.core.agent;

import java.util.Objects;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.llm.ModelRef;

/** What the user asked for, in which session, with which model. */
public record TaskRequest(SessionId session, String prompt, ModelRef model) {

	public TaskRequest {
		Objects.requireNonNull(session, "session");
		Objects.requireNonNull(model, "model");
		if (prompt == null || prompt.isBlank()) {
			throw new IllegalArgumentException(EMPTY_PROMPT);
		}
	}

	/** Why an empty message is not sent. */
	public static final String EMPTY_PROMPT = "The message is empty. Type what you want the agent to do, then press Enter.";
}
