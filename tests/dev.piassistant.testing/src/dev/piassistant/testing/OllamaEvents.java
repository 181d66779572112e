package dev.piassistant.testing;

import java.util.List;
import java.util.Map;

/** Ollama's {@code /api/chat}: one JSON object per line, the last with {@code "done": true} and the counts. */
final class OllamaEvents implements WireEvents {

	@Override
	public String streamContentType() {
		return "application/x-ndjson";
	}

	@Override
	public List<String> opening(RenderContext context) {
		return List.of();
	}

	@Override
	public String chunk(RenderContext context, int index, String text) {
		return Json.write(line(context, text, false)) + "\n";
	}

	@Override
	public List<String> closing(RenderContext context) {
		return List.of(Json.write(done(context, "")) + "\n");
	}

	@Override
	public String broken(RenderContext context) {
		return "{\"model\":" + Json.write(context.model()) + ",\"message\":{\"role\":\"assistant\",\"content\":\n";
	}

	@Override
	public String json(RenderContext context) {
		return Json.write(done(context, context.reply().text()));
	}

	private static Map<String, Object> done(RenderContext context, String text) {
		var line = line(context, text, true);
		line.put("done_reason", context.reply().finishReason());
		line.put("prompt_eval_count", context.reply().promptTokens());
		line.put("eval_count", context.reply().completionTokens());
		return line;
	}

	private static Map<String, Object> line(RenderContext context, String text, boolean done) {
		return Json.obj("model", context.model(), "created_at", context.now().toString(), "message",
				Json.obj("role", "assistant", "content", text), "done", done);
	}
}
