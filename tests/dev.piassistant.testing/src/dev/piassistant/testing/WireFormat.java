package dev.piassistant.testing;

/** The provider protocols a {@link CompletionReply} can speak. */
public enum WireFormat {

	/** OpenAI chat completions, also spoken by LM Studio, llama.cpp, vLLM and most gateways. */
	OPENAI("stop", new OpenAiEvents()),
	/** Anthropic Messages. */
	ANTHROPIC("end_turn", new AnthropicEvents()),
	/** Ollama's native {@code /api/chat}. */
	OLLAMA("stop", new OllamaEvents());

	private final String defaultFinishReason;
	private final WireEvents events;

	WireFormat(String defaultFinishReason, WireEvents events) {
		this.defaultFinishReason = defaultFinishReason;
		this.events = events;
	}

	/** What the provider reports when the model ended on its own ({@code stop} or {@code end_turn}). */
	public String defaultFinishReason() {
		return defaultFinishReason;
	}

	WireEvents events() {
		return events;
	}
}
