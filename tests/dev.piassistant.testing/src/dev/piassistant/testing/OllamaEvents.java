package dev.piassistant.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ollama's {@code /api/chat}: one JSON object per line, the last with {@code "done": true} and the counts.
 * Reasoning comes in {@code message.thinking}; tool calls whole, as {@code message.tool_calls[{function{index,
 * name, arguments}}]} with the arguments as an object and no id, one line per call (all in one line when
 * interleaved). The index numbers the calls of the answer and, as Go's {@code omitempty} writes it, is left
 * out when 0. After tool calls Ollama still says {@code done_reason: stop}.
 */
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
	public List<Frame> content(RenderContext context) {
		var reply = context.reply();
		var frames = new ArrayList<Frame>();
		reply.thinking().forEach(piece -> frames.add(Frame.content(lineText(thinking(context, piece)))));
		reply.chunks().forEach(piece -> frames.add(Frame.content(lineText(line(context, piece, false)))));
		var calls = reply.toolCalls();
		if (calls.isEmpty()) {
			return frames;
		}
		var numbered = calls(calls);
		var lines = reply.interleavedCalls() ? List.of(numbered) : numbered.stream().map(List::of).toList();
		for (int i = 0; i < lines.size(); i++) {
			var text = lineText(toolCalls(context, lines.get(i)));
			if (i == lines.size() - 1) {
				// The cut falls inside the last line: a client reading whole lines never sees this call.
				frames.add(Frame.content(text.substring(0, text.length() / 2)));
				frames.add(Frame.CUT);
				frames.add(Frame.framing(text.substring(text.length() / 2)));
			} else {
				frames.add(Frame.content(text));
			}
		}
		return frames;
	}

	@Override
	public List<String> closing(RenderContext context) {
		return List.of(lineText(done(context, "")));
	}

	@Override
	public String broken(RenderContext context) {
		return "{\"model\":" + Json.write(context.model()) + ",\"message\":{\"role\":\"assistant\",\"content\":\n";
	}

	@Override
	public String json(RenderContext context) {
		var reply = context.reply();
		var done = done(context, reply.text());
		@SuppressWarnings("unchecked")
		var message = (Map<String, Object>) done.get("message");
		if (!reply.thinking().isEmpty()) {
			message.put("thinking", reply.thinkingText());
		}
		if (!reply.toolCalls().isEmpty()) {
			message.put("tool_calls", calls(reply.toolCalls()));
		}
		return Json.write(done);
	}

	private static Map<String, Object> thinking(RenderContext context, String piece) {
		var line = line(context, "", false);
		message(line).put("thinking", piece);
		return line;
	}

	private static Map<String, Object> toolCalls(RenderContext context, List<Map<String, Object>> calls) {
		var line = line(context, "", false);
		message(line).put("tool_calls", calls);
		return line;
	}

	private static List<Map<String, Object>> calls(List<ScriptedToolCall> calls) {
		var numbered = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < calls.size(); i++) {
			numbered.add(call(calls.get(i), i));
		}
		return numbered;
	}

	private static Map<String, Object> call(ScriptedToolCall call, int index) {
		var function = index == 0 ? Json.obj() : Json.obj("index", index);
		function.put("name", call.name());
		function.put("arguments", call.argumentsObject());
		return Json.obj("function", function);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> message(Map<String, Object> line) {
		return (Map<String, Object>) line.get("message");
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

	private static String lineText(Map<String, Object> line) {
		return Json.write(line) + "\n";
	}
}
