package dev.piassistant.llm.internal;

import java.util.List;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.piassistant.core.llm.ProviderConfig;

/** Builds the LangChain4j streaming model for a provider, wired to one call's HTTP client. */
final class StreamingModels {

	/** Anthropic requires a limit; this one leaves room for long code answers. */
	private static final int ANTHROPIC_MAX_TOKENS = 8192;

	private StreamingModels() {
	}

	static StreamingChatModel create(ProviderConfig provider, String model, String apiKey, CallHttpClient client) {
		var http = new CallHttpClientBuilder(client);
		return switch (provider.kind()) {
			case OPENAI_COMPATIBLE -> OpenAiStreamingChatModel.builder().httpClientBuilder(http)
					.baseUrl(provider.baseUrl()).apiKey(apiKey).modelName(model).build();
			case ANTHROPIC -> AnthropicStreamingChatModel.builder().httpClientBuilder(http)
					.baseUrl(provider.baseUrl()).apiKey(apiKey).modelName(model).maxTokens(ANTHROPIC_MAX_TOKENS).build();
			case OLLAMA -> OllamaStreamingChatModel.builder().httpClientBuilder(http)
					.baseUrl(provider.baseUrl()).modelName(model).build();
		};
	}

	static List<ChatMessage> messages(List<dev.piassistant.core.llm.ChatMessage> conversation) {
		return conversation.stream().map(StreamingModels::message).toList();
	}

	private static ChatMessage message(dev.piassistant.core.llm.ChatMessage message) {
		return switch (message.role()) {
			case SYSTEM -> SystemMessage.from(message.text());
			case USER -> UserMessage.from(message.text());
			case ASSISTANT -> AiMessage.from(message.text());
		};
	}
}
