package dev.piassistant.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenAI chat completions: {@code data: {chunk}} events, a finish chunk, a usage chunk, {@code data: [DONE]}.
 * Reasoning comes as {@code delta.reasoning_content} (vLLM, DeepSeek, LM Studio), tool calls as
 * {@code delta.tool_calls[{index,id,type,function{name,arguments}}]} with the arguments in pieces.
 */
final class OpenAiEvents implements WireEvents {

	private static final String ID = "chatcmpl-1";

	@Override
	public String streamContentType() {
		return "text/event-stream";
	}

	@Override
	public List<String> opening(RenderContext context) {
		return List.of();
	}

	@Override
	public List<Frame> content(RenderContext context) {
		var reply = context.reply();
		var pieces = new ArrayList<Map<String, Object>>();
		reply.thinking().forEach(piece -> pieces.add(Json.obj("reasoning_content", piece)));
		reply.chunks().forEach(piece -> pieces.add(Json.obj("content", piece)));
		var frames = new ArrayList<Frame>();
		for (int i = 0; i < pieces.size(); i++) {
			frames.add(Frame.content(delta(context, i == 0 ? withRole(pieces.get(i)) : pieces.get(i))));
		}
		boolean callsComeFirst = pieces.isEmpty();
		frames.addAll(ToolCallFrames.layout(reply, true, 0, (index, call) -> toolCall(context, index, call, callsComeFirst && index == 0)));
		return frames;
	}

	private static List<Frame> toolCall(RenderContext context, int index, ScriptedToolCall call, boolean first) {
		var frames = new ArrayList<Frame>();
		var function = Json.obj("name", call.name(), "arguments", "");
		var opening = Json.obj("tool_calls", List.of(Json.obj("index", index, "id", call.id(), "type", "function", "function", function)));
		frames.add(Frame.content(delta(context, first ? withRole(opening) : opening)));
		for (var piece : call.fragments(context.reply().argumentChunkSize())) {
			var more = Json.obj("index", index, "function", Json.obj("arguments", piece));
			frames.add(Frame.content(delta(context, Json.obj("tool_calls", List.of(more)))));
		}
		return frames;
	}

	/** Like OpenAI, only the first delta of an answer names the role. */
	private static Map<String, Object> withRole(Map<String, Object> delta) {
		var first = new LinkedHashMap<String, Object>();
		first.put("role", "assistant");
		first.putAll(delta);
		return first;
	}

	@Override
	public List<String> closing(RenderContext context) {
		var finish = Json.obj("index", 0, "delta", Json.obj(), "finish_reason", context.reply().finishReason());
		return List.of(data(chunkObject(context, List.of(finish), null)),
				data(chunkObject(context, List.of(), usage(context))), "data: [DONE]\n\n");
	}

	@Override
	public String broken(RenderContext context) {
		return "data: {\"id\":\"" + ID + "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\n\n";
	}

	@Override
	public String json(RenderContext context) {
		var reply = context.reply();
		var hasCalls = !reply.toolCalls().isEmpty();
		var message = Json.obj("role", "assistant", "content", hasCalls && reply.text().isEmpty() ? null : reply.text());
		if (!reply.thinking().isEmpty()) {
			message.put("reasoning_content", reply.thinkingText());
		}
		if (hasCalls) {
			message.put("tool_calls", reply.toolCalls().stream().map(call -> Json.obj("id", call.id(), "type", "function",
					"function", Json.obj("name", call.name(), "arguments", call.arguments()))).toList());
		}
		var choice = Json.obj("index", 0, "message", message, "finish_reason", reply.finishReason());
		return Json.write(Json.obj("id", ID, "object", "chat.completion", "created", context.createdSeconds(), "model",
				context.model(), "choices", List.of(choice), "usage", usage(context)));
	}

	private static String delta(RenderContext context, Map<String, Object> delta) {
		return data(chunkObject(context, List.of(Json.obj("index", 0, "delta", delta, "finish_reason", null)), null));
	}

	private static Map<String, Object> chunkObject(RenderContext context, List<?> choices, Object usage) {
		var chunk = Json.obj("id", ID, "object", "chat.completion.chunk", "created", context.createdSeconds(), "model",
				context.model(), "choices", choices);
		if (usage != null) {
			chunk.put("usage", usage);
		}
		return chunk;
	}

	private static Map<String, Object> usage(RenderContext context) {
		int prompt = context.reply().promptTokens();
		int completion = context.reply().completionTokens();
		return Json.obj("prompt_tokens", prompt, "completion_tokens", completion, "total_tokens", prompt + completion);
	}

	private static String data(Object event) {
		return "data: " + Json.write(event) + "\n\n";
	}
}
