package dev.piassistant.testing;

import java.util.List;
import java.util.Map;

/** OpenAI chat completions: {@code data: {chunk}} events, a finish chunk, a usage chunk, {@code data: [DONE]}. */
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
	public String chunk(RenderContext context, int index, String text) {
		// Like OpenAI, only the first delta names the role.
		var delta = index == 0 ? Json.obj("role", "assistant", "content", text) : Json.obj("content", text);
		return data(chunkObject(context, List.of(Json.obj("index", 0, "delta", delta, "finish_reason", null)), null));
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
		var message = Json.obj("role", "assistant", "content", reply.text());
		var choice = Json.obj("index", 0, "message", message, "finish_reason", reply.finishReason());
		return Json.write(Json.obj("id", ID, "object", "chat.completion", "created", context.createdSeconds(), "model",
				context.model(), "choices", List.of(choice), "usage", usage(context)));
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
