package dev.piassistant.llm.internal;

import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.piassistant.core.llm.ProviderConfig;

/**
 * Builds the LangChain4j streaming model for a provider, wired to one call's HTTP client, and the request it
 * is sent. Every model is asked to return the reasoning it shows; none is asked to reason (that costs tokens
 * and some servers refuse it for models that cannot).
 */
final class StreamingModels {

	/** Anthropic requires a limit; this one leaves room for long code answers. */
	static final int ANTHROPIC_MAX_TOKENS = 8192;

	private StreamingModels() {
	}

	static StreamingChatModel create(ProviderConfig provider, String model, String apiKey, CallHttpClient client) {
		var http = new CallHttpClientBuilder(client);
		return switch (provider.kind()) {
			case OPENAI_COMPATIBLE -> OpenAiStreamingChatModel.builder().httpClientBuilder(http)
					.baseUrl(provider.baseUrl()).apiKey(apiKey).modelName(model).returnThinking(true).build();
			case ANTHROPIC -> AnthropicStreamingChatModel.builder().httpClientBuilder(http)
					.baseUrl(provider.baseUrl()).apiKey(apiKey).modelName(model).maxTokens(ANTHROPIC_MAX_TOKENS)
					.returnThinking(true).build();
			case OLLAMA -> OllamaStreamingChatModel.builder().httpClientBuilder(http)
					.baseUrl(provider.baseUrl()).modelName(model).returnThinking(true).build();
		};
	}

	/** Messages, tools and, when the request sets one, the output limit (else the provider's default). */
	static ChatRequest request(dev.piassistant.core.llm.ChatRequest request, ProviderConfig provider) {
		var builder = ChatRequest.builder().messages(Conversation.messages(request.messages(), provider.kind()));
		if (!request.tools().isEmpty()) {
			builder.toolSpecifications(ToolSchemas.specifications(request.tools()));
		}
		if (request.maxOutputTokens() > 0) {
			builder.maxOutputTokens(request.maxOutputTokens());
		}
		return builder.build();
	}
}
