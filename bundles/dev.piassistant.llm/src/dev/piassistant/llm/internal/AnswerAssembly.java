package dev.piassistant.llm.internal;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.piassistant.core.llm.AssistantMessage;
import dev.piassistant.core.llm.StopReason;
import dev.piassistant.core.llm.StreamPart;
import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.core.llm.ToolCall;

/**
 * One attempt's answer as it arrives, turned into {@link StreamPart}s. The finished message is exactly what
 * the parts said: its text is the text deltas joined, its tool calls those streamed, in order.
 */
final class AnswerAssembly {

	private final int earlierCalls;
	private final StringBuilder text = new StringBuilder();
	private final StringBuilder thinking = new StringBuilder();
	private final List<ToolCall> calls = new ArrayList<>();

	/** @param earlierCalls tool calls already in the conversation, so that made-up ids do not repeat them */
	AnswerAssembly(int earlierCalls) {
		this.earlierCalls = earlierCalls;
	}

	StreamPart.TextDelta text(String delta) {
		text.append(delta);
		return new StreamPart.TextDelta(delta);
	}

	StreamPart.ThinkingDelta thinking(String delta) {
		thinking.append(delta);
		return new StreamPart.ThinkingDelta(delta);
	}

	/**
	 * A complete tool call, held back until the answer ends well: an answer that breaks off must not leave
	 * the agent with calls it might run. Providers that send no ids (Ollama) get {@code call_N}, numbered
	 * through the conversation, so the same answer always gets the same ids and results match their calls.
	 */
	void toolCall(ToolExecutionRequest request) {
		var id = request.id() == null || request.id().isBlank() ? "call_" + (earlierCalls + calls.size() + 1) : request.id();
		calls.add(new ToolCall(id, request.name() == null ? "" : request.name(), request.arguments()));
	}

	/**
	 * The parts that end the answer: whatever the final response holds that was not streamed (some
	 * providers report a piece only there), the tool calls, the usage if known, and {@link StreamPart.Finished}.
	 */
	List<StreamPart> finish(ChatResponse response) {
		var parts = new ArrayList<StreamPart>();
		var message = response.aiMessage();
		if (message != null) {
			parts.addAll(unstreamed(message));
		}
		for (int i = 0; i < calls.size(); i++) {
			parts.add(new StreamPart.ToolCallPart(i, calls.get(i)));
		}
		var usage = usage(response);
		if (usage.isKnown()) {
			parts.add(new StreamPart.UsagePart(usage));
		}
		var answer = new AssistantMessage(text.toString(), thinking.toString(), calls);
		parts.add(new StreamPart.Finished(stopReason(response.finishReason()), answer, usage));
		return parts;
	}

	private List<StreamPart> unstreamed(AiMessage message) {
		var parts = new ArrayList<StreamPart>();
		if (thinking.length() == 0 && message.thinking() != null && !message.thinking().isEmpty()) {
			parts.add(thinking(message.thinking()));
		}
		if (text.length() == 0 && message.text() != null && !message.text().isEmpty()) {
			parts.add(text(message.text()));
		}
		var requests = message.toolExecutionRequests();
		for (int i = calls.size(); requests != null && i < requests.size(); i++) {
			toolCall(requests.get(i));
		}
		return parts;
	}

	/** Ollama says {@code stop} after tool calls too; an answer with tool calls waits for their results. */
	private StopReason stopReason(FinishReason reason) {
		return switch (reason) {
			case STOP -> calls.isEmpty() ? StopReason.END_TURN : StopReason.TOOL_USE;
			case TOOL_EXECUTION -> StopReason.TOOL_USE;
			case LENGTH -> StopReason.MAX_TOKENS;
			case CONTENT_FILTER -> StopReason.CONTENT_FILTER;
			default -> StopReason.OTHER;
		};
	}

	private static TokenUsage usage(ChatResponse response) {
		var usage = response.tokenUsage();
		if (usage == null) {
			return TokenUsage.UNKNOWN;
		}
		return new TokenUsage(orUnknown(usage.inputTokenCount()), orUnknown(usage.outputTokenCount()));
	}

	private static int orUnknown(Integer count) {
		return count == null ? -1 : count;
	}
}
