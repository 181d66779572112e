package dev.piassistant.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Anthropic Messages: named SSE events from {@code message_start} to {@code message_stop}, with a
 * {@code ping} after the first content block starts as the real API sends one (clients must ignore it).
 * Content blocks in order: {@code thinking} ({@code thinking_delta}s, then a {@code signature_delta}),
 * {@code text} ({@code text_delta}s), then one {@code tool_use} block per call ({@code input_json_delta}s).
 */
final class AnthropicEvents implements WireEvents {

	private static final String ID = "msg_1";
	private static final String SIGNATURE = "c2NyaXB0ZWQtc2lnbmF0dXJl";

	@Override
	public String streamContentType() {
		return "text/event-stream";
	}

	@Override
	public List<String> opening(RenderContext context) {
		// The real API reports a first output token in message_start; the final count comes in message_delta.
		var message = message(context, List.of(), null,
				Json.obj("input_tokens", context.reply().promptTokens(), "output_tokens", 1));
		return List.of(event("message_start", Json.obj("type", "message_start", "message", message)));
	}

	@Override
	public List<Frame> content(RenderContext context) {
		var reply = context.reply();
		var frames = new ArrayList<Frame>();
		int block = 0;
		if (!reply.thinking().isEmpty()) {
			frames.addAll(block(block++, Json.obj("type", "thinking", "thinking", ""), reply.thinking(),
					piece -> Json.obj("type", "thinking_delta", "thinking", piece)));
			frames.add(frames.size() - 1, Frame.framing(delta(block - 1, Json.obj("type", "signature_delta", "signature", SIGNATURE))));
		}
		if (hasTextBlock(reply)) {
			frames.addAll(block(block++, Json.obj("type", "text", "text", ""), reply.chunks(),
					piece -> Json.obj("type", "text_delta", "text", piece)));
		}
		int firstCallBlock = block;
		frames.addAll(ToolCallFrames.layout(reply, false, 1, (index, call) -> toolUse(firstCallBlock + index, call,
				reply.argumentChunkSize())));
		frames.add(1, Frame.framing(event("ping", Json.obj("type", "ping"))));
		return frames;
	}

	/** A text block goes out when there is text, or when there is nothing else (an empty answer). */
	private static boolean hasTextBlock(CompletionReply reply) {
		return !reply.chunks().isEmpty() || reply.thinking().isEmpty() && reply.toolCalls().isEmpty();
	}

	private static List<Frame> toolUse(int index, ScriptedToolCall call, int pieceSize) {
		var start = Json.obj("type", "tool_use", "id", call.id(), "name", call.name(), "input", Json.obj());
		return block(index, start, call.fragments(pieceSize), piece -> Json.obj("type", "input_json_delta", "partial_json", piece));
	}

	private static List<Frame> block(int index, Map<String, Object> start, List<String> pieces,
			Function<String, Map<String, Object>> delta) {
		var frames = new ArrayList<Frame>();
		frames.add(Frame.framing(event("content_block_start",
				Json.obj("type", "content_block_start", "index", index, "content_block", start))));
		pieces.forEach(piece -> frames.add(Frame.content(delta(index, delta.apply(piece)))));
		frames.add(Frame.framing(event("content_block_stop", Json.obj("type", "content_block_stop", "index", index))));
		return frames;
	}

	private static String delta(int index, Map<String, Object> delta) {
		return event("content_block_delta", Json.obj("type", "content_block_delta", "index", index, "delta", delta));
	}

	@Override
	public List<String> closing(RenderContext context) {
		var delta = Json.obj("stop_reason", context.reply().finishReason(), "stop_sequence", null);
		var usage = Json.obj("output_tokens", context.reply().completionTokens());
		return List.of(event("message_delta", Json.obj("type", "message_delta", "delta", delta, "usage", usage)),
				event("message_stop", Json.obj("type", "message_stop")));
	}

	@Override
	public String broken(RenderContext context) {
		return "event: content_block_delta\n"
				+ "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\n\n";
	}

	@Override
	public String json(RenderContext context) {
		var reply = context.reply();
		var content = new ArrayList<Map<String, Object>>();
		if (!reply.thinking().isEmpty()) {
			content.add(Json.obj("type", "thinking", "thinking", reply.thinkingText(), "signature", SIGNATURE));
		}
		if (hasTextBlock(reply)) {
			content.add(Json.obj("type", "text", "text", reply.text()));
		}
		reply.toolCalls().forEach(call -> content.add(Json.obj("type", "tool_use", "id", call.id(), "name", call.name(),
				"input", call.argumentsObject())));
		var usage = Json.obj("input_tokens", reply.promptTokens(), "output_tokens", reply.completionTokens());
		return Json.write(message(context, content, reply.finishReason(), usage));
	}

	private static Map<String, Object> message(RenderContext context, List<?> content, String stopReason,
			Map<String, Object> usage) {
		return Json.obj("id", ID, "type", "message", "role", "assistant", "model", context.model(), "content", content,
				"stop_reason", stopReason, "stop_sequence", null, "usage", usage);
	}

	private static String event(String name, Object data) {
		return "event: " + name + "\ndata: " + Json.write(data) + "\n\n";
	}
}
