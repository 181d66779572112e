package dev.piassistant.core.llm;

/** The wire protocols Pi Assistant speaks. */
public enum ProviderKind {

	/** OpenAI's chat completions API; also served by Ollama, LM Studio, vLLM, llama.cpp and others. */
	OPENAI_COMPATIBLE("OpenAI-compatible", "http://localhost:11434/v1", false),
	/** Anthropic's messages API. */
	ANTHROPIC("Anthropic", "https://api.anthropic.com/v1", true),
	/** Ollama's native chat API. */
	OLLAMA("Ollama", "http://localhost:11434", false);

	private final String label;
	private final String defaultBaseUrl;
	private final boolean apiKeyRequired;

	ProviderKind(String label, String defaultBaseUrl, boolean apiKeyRequired) {
		this.label = label;
		this.defaultBaseUrl = defaultBaseUrl;
		this.apiKeyRequired = apiKeyRequired;
	}

	public String label() {
		return label;
	}

	public String defaultBaseUrl() {
		return defaultBaseUrl;
	}

	/** Whether requests are refused without an API key (local servers usually need none). */
	public boolean apiKeyRequired() {
		return apiKeyRequired;
	}
}
