package dev.piassistant.llm.tests;

import java.util.function.Function;

import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.testing.CompletionReply;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.StatusReply;

/** The three protocols, each with how the scripted server speaks it, for tests that run against all three. */
enum Protocol {

	OPENAI(ProviderKind.OPENAI_COMPATIBLE, "/v1", Reply::openAiStream, "length"),
	ANTHROPIC(ProviderKind.ANTHROPIC, "/v1", Reply::anthropicStream, "max_tokens"),
	OLLAMA(ProviderKind.OLLAMA, "", Reply::ollamaStream, "length");

	final ProviderKind kind;
	final String pathPrefix;
	private final Function<String[], CompletionReply> stream;
	/** How the protocol says the answer hit the output limit. */
	final String lengthReason;

	Protocol(ProviderKind kind, String pathPrefix, Function<String[], CompletionReply> stream, String lengthReason) {
		this.kind = kind;
		this.pathPrefix = pathPrefix;
		this.stream = stream;
		this.lengthReason = lengthReason;
	}

	CompletionReply stream(String... chunks) {
		return stream.apply(chunks);
	}

	/** An error answer in the protocol's own shape. */
	StatusReply error(int status, String message) {
		return switch (this) {
			case OPENAI -> Reply.openAiError(status, "server_error", "error", message);
			case ANTHROPIC -> Reply.anthropicError(status, status == 429 ? "rate_limit_error" : "overloaded_error", message);
			case OLLAMA -> Reply.ollamaError(status, message);
		};
	}

	/** Where the protocol's chat requests go. */
	String chatPath() {
		return switch (this) {
			case OPENAI -> "/v1/chat/completions";
			case ANTHROPIC -> "/v1/messages";
			case OLLAMA -> "/api/chat";
		};
	}
}
