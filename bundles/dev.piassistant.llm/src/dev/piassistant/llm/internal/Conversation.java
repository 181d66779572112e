package dev.piassistant.llm.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.piassistant.core.llm.AssistantMessage;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.llm.ToolResultMessage;

/**
 * Our conversation in LangChain4j's messages. Thinking is never sent back: DeepSeek refuses
 * {@code reasoning_content} in requests and Anthropic would need the signatures we do not keep.
 */
final class Conversation {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Conversation() {
	}

	static List<ChatMessage> messages(List<dev.piassistant.core.llm.ChatMessage> conversation, ProviderKind kind) {
		var messages = new ArrayList<ChatMessage>();
		for (var message : conversation) {
			if (message instanceof AssistantMessage answer && answer.text().isEmpty() && !answer.hasToolCalls()) {
				continue; // an answer stopped before it said anything; providers refuse empty messages
			}
			messages.add(message(message, kind));
		}
		return messages;
	}

	private static ChatMessage message(dev.piassistant.core.llm.ChatMessage message, ProviderKind kind) {
		if (message instanceof dev.piassistant.core.llm.SystemMessage system) {
			return SystemMessage.from(system.text());
		}
		if (message instanceof dev.piassistant.core.llm.UserMessage user) {
			return UserMessage.from(user.text());
		}
		if (message instanceof AssistantMessage answer) {
			var calls = answer.toolCalls().stream().map(call -> request(call, kind)).toList();
			return AiMessage.builder().text(answer.text().isEmpty() ? null : answer.text()).toolExecutionRequests(calls).build();
		}
		var result = (ToolResultMessage) message;
		return ToolExecutionResultMessage.builder().id(result.callId()).toolName(result.toolName()).text(result.content())
				.isError(result.isError()).build();
	}

	private static ToolExecutionRequest request(ToolCall call, ProviderKind kind) {
		return ToolExecutionRequest.builder().id(call.id()).name(call.name()).arguments(arguments(call, kind)).build();
	}

	/**
	 * Anthropic and Ollama carry arguments as a JSON object, and the request cannot be written when a model
	 * wrote arguments that are not one; those go as an empty object (the tool's result says what was wrong).
	 * OpenAI carries them as text, exactly as written.
	 */
	private static String arguments(ToolCall call, ProviderKind kind) {
		if (kind == ProviderKind.OPENAI_COMPATIBLE) {
			return call.arguments();
		}
		try {
			return JSON.readTree(call.arguments()).isObject() ? call.arguments() : "{}";
		} catch (IOException e) {
			return "{}";
		}
	}
}
