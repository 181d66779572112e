package dev.piassistant.planning.internal.context;

import java.util.List;

import dev.piassistant.core.llm.AssistantMessage;
import dev.piassistant.core.llm.ChatMessage;
import dev.piassistant.core.llm.SystemMessage;
import dev.piassistant.core.llm.ToolResultMessage;
import dev.piassistant.core.llm.ToolSpec;
import dev.piassistant.core.llm.UserMessage;

/**
 * A quick estimate of the tokens a request takes: about four characters a token for English text and code,
 * which errs on the safe side for the models in use. Good enough to decide when to compact; the providers'
 * own counts are what budgets are charged.
 */
public final class Tokens {

	private static final int CHARS_PER_TOKEN = 4;
	private static final int PER_MESSAGE = 4;

	private Tokens() {
	}

	public static long of(List<ChatMessage> messages, List<ToolSpec> tools) {
		return of(messages, tools.stream().mapToLong(Tokens::length).sum());
	}

	/** The tokens of messages and of tools whose size in characters is known already. */
	public static long of(List<ChatMessage> messages, long toolChars) {
		long chars = toolChars;
		for (var message : messages) {
			chars += length(message) + PER_MESSAGE * CHARS_PER_TOKEN;
		}
		return chars / CHARS_PER_TOKEN;
	}

	/** A tool's size, with its schema written out: worth keeping, since the same tools go with every call. */
	public static long length(ToolSpec tool) {
		return tool.name().length() + tool.description().length() + tool.parameters().toString().length();
	}

	public static long of(String text) {
		return text.length() / CHARS_PER_TOKEN;
	}

	private static long length(ChatMessage message) {
		if (message instanceof SystemMessage system) {
			return system.text().length();
		}
		if (message instanceof UserMessage user) {
			return user.text().length();
		}
		if (message instanceof AssistantMessage assistant) {
			return assistant.text().length() + assistant.toolCalls().stream()
					.mapToLong(call -> call.name().length() + call.arguments().length()).sum();
		}
		return ((ToolResultMessage) message).content().length();
	}
}
