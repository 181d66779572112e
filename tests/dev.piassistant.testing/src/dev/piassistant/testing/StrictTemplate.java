package dev.piassistant.testing;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a strict chat template (Gemma's, Mistral's) checks before a local server runs the model: after the
 * system prompt, user and assistant turns alternate. Two user messages in a row, or two assistant messages
 * with no tool results between them, make such servers answer 400, so the scripted server does the same.
 */
final class StrictTemplate {

	private StrictTemplate() {
	}

	/** Why the template would reject the request's messages, or empty when it renders them. */
	static Optional<String> violation(RecordedRequest request) {
		JsonNode messages;
		try {
			messages = request.bodyJson().path("messages");
		} catch (IllegalArgumentException notJson) {
			return Optional.empty();
		}
		String previous = "";
		for (int i = 0; i < messages.size(); i++) {
			String role = messages.get(i).path("role").asText();
			if (role.equals("system")) {
				continue;
			}
			if ((role.equals("user") || role.equals("assistant")) && role.equals(previous)) {
				return Optional.of("Conversation roles must alternate user/assistant/user/assistant/...: messages "
						+ (i - 1) + " and " + i + " are both " + role);
			}
			previous = role;
		}
		return Optional.empty();
	}

	/** The 400 that llama.cpp-style servers send when the template raises. */
	static Reply rejection(String why) {
		return Reply.openAiError(400, "invalid_request_error", "template_error", why);
	}
}
