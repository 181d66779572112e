package dev.piassistant.testing;

/** The provider protocols a {@link CompletionReply} can speak. */
public enum WireFormat {

	/** OpenAI chat completions, also spoken by LM Studio, llama.cpp, vLLM and most gateways. */
	OPENAI("stop", "tool_calls", new OpenAiEvents()),
	/** Anthropic Messages. */
	ANTHROPIC("end_turn", "tool_use", new AnthropicEvents()),
	/** Ollama's native {@code /api/chat}; it says {@code stop} after tool calls too. */
	OLLAMA("stop", "stop", new OllamaEvents());

	private final String defaultFinishReason;
	private final String toolFinishReason;
	private final WireEvents events;

	WireFormat(String defaultFinishReason, String toolFinishReason, WireEvents events) {
		this.defaultFinishReason = defaultFinishReason;
		this.toolFinishReason = toolFinishReason;
		this.events = events;
	}

	/** What the provider reports when the model ended on its own ({@code stop} or {@code end_turn}). */
	public String defaultFinishReason() {
		return defaultFinishReason;
	}

	/** What the provider reports when the model stopped to have tools called. */
	public String toolFinishReason() {
		return toolFinishReason;
	}

	WireEvents events() {
		return events;
	}
}
