package dev.piassistant.testing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What each path answers. All chat paths share one queue: the scripted reply decides the wire format, so a
 * test scripts exactly what the provider under test would send. Listings never consume the queue.
 */
final class Routes {

	enum Route {
		CHAT, MODELS, TAGS, NOT_FOUND
	}

	private static final List<String> CHAT_PATHS = List.of("/v1/chat/completions", "/chat/completions",
			"/v1/messages", "/messages", "/api/chat");
	private static final List<String> MODEL_PATHS = List.of("/v1/models", "/models");
	// Listings carry a fixed date: nothing in the product should depend on it.
	private static final String EPOCH = "1970-01-01T00:00:00Z";

	private Routes() {
	}

	static Route route(String method, String target) {
		int query = target.indexOf('?');
		String path = query < 0 ? target : target.substring(0, query);
		if (method.equals("POST") && CHAT_PATHS.contains(path)) {
			return Route.CHAT;
		}
		if (method.equals("GET") && MODEL_PATHS.contains(path)) {
			return Route.MODELS;
		}
		if (method.equals("GET") && path.equals("/api/tags")) {
			return Route.TAGS;
		}
		return Route.NOT_FOUND;
	}

	static Reply answer(RecordedRequest request, ScriptedModelServer server) {
		return switch (route(request.method(), request.path())) {
		case CHAT -> {
			var rejected = server.isStrict() ? StrictTemplate.violation(request) : java.util.Optional.<String>empty();
			if (rejected.isPresent()) {
				yield StrictTemplate.rejection(rejected.get()); // the queue is left as it was
			}
			Reply next = server.replyFor(request);
			yield next != null ? next : noScriptedReply(request);
		}
		case MODELS -> Reply.status(200, modelList(server.modelIds()));
		case TAGS -> Reply.status(200, ollamaTags(server.modelIds()));
		case NOT_FOUND -> Reply.openAiError(404, "not_found", "unknown_path",
				"ScriptedModelServer has no route for " + request.method() + " " + request.path());
		};
	}

	/** The responder's answer; its failure becomes a 500 naming it, so the test sees what went wrong. */
	static Reply ask(Function<RecordedRequest, Reply> responder, RecordedRequest request) {
		try {
			Reply reply = responder.apply(request);
			return reply != null ? reply : Reply.openAiError(500, "scripted_model_server", "responder_returned_null",
					"the responder returned no reply for " + request.method() + " " + request.path());
		} catch (RuntimeException | AssertionError e) {
			return Reply.openAiError(500, "scripted_model_server", "responder_failed",
					"the responder failed for " + request.method() + " " + request.path() + ": " + e);
		}
	}

	/** A 500 that names the cause, so that a test with too few replies fails with a clear message. */
	private static Reply noScriptedReply(RecordedRequest request) {
		return Reply.openAiError(500, "scripted_model_server", "no_scripted_reply", "no scripted reply left for "
				+ request.method() + " " + request.path() + ": the test enqueued fewer replies than the client sent requests and set no responder");
	}

	/** OpenAI's model list, with the fields Anthropic's listing adds, so that both clients accept it. */
	static String modelList(List<String> ids) {
		var data = ids.stream().map(id -> Json.obj("id", id, "object", "model", "created", 0, "owned_by",
				"scripted", "type", "model", "display_name", id, "created_at", EPOCH)).toList();
		String first = ids.isEmpty() ? null : ids.get(0);
		String last = ids.isEmpty() ? null : ids.get(ids.size() - 1);
		return Json.write(
				Json.obj("object", "list", "data", data, "has_more", false, "first_id", first, "last_id", last));
	}

	static String ollamaTags(List<String> ids) {
		List<Map<String, Object>> models = ids.stream()
				.map(id -> Json.obj("name", id, "model", id, "modified_at", EPOCH, "size", 0, "digest", "")).toList();
		return Json.write(Json.obj("models", models));
	}
}
