package dev.piassistant.testing;

import java.util.List;
import java.util.Map;

/**
 * Anthropic Messages: named SSE events from {@code message_start} to {@code message_stop}, with a
 * {@code ping} early on as the real API sends one (clients must ignore it).
 */
final class AnthropicEvents implements WireEvents {

	private static final String ID = "msg_1";

	@Override
	public String streamContentType() {
		return "text/event-stream";
	}

	@Override
	public List<String> opening(RenderContext context) {
		// The real API reports a first output token in message_start; the final count comes in message_delta.
		var message = message(context, List.of(), null,
				Json.obj("input_tokens", context.reply().promptTokens(), "output_tokens", 1));
		var block = Json.obj("type", "text", "text", "");
		return List.of(event("message_start", Json.obj("type", "message_start", "message", message)),
				event("content_block_start", Json.obj("type", "content_block_start", "index", 0, "content_block", block)),
				event("ping", Json.obj("type", "ping")));
	}

	@Override
	public String chunk(RenderContext context, int index, String text) {
		var delta = Json.obj("type", "text_delta", "text", text);
		return event("content_block_delta", Json.obj("type", "content_block_delta", "index", 0, "delta", delta));
	}

	@Override
	public List<String> closing(RenderContext context) {
		var delta = Json.obj("stop_reason", context.reply().finishReason(), "stop_sequence", null);
		var usage = Json.obj("output_tokens", context.reply().completionTokens());
		return List.of(event("content_block_stop", Json.obj("type", "content_block_stop", "index", 0)),
				event("message_delta", Json.obj("type", "message_delta", "delta", delta, "usage", usage)),
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
		var content = List.of(Json.obj("type", "text", "text", reply.text()));
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
