package dev.piassistant.testing;

import java.time.Instant;

/**
 * What the wire formats need besides the reply itself.
 *
 * @param reply the scripted completion
 * @param model the model name to report (the reply's, else the requested one)
 * @param now   the answer's creation time
 */
record RenderContext(CompletionReply reply, String model, Instant now) {

	static final String FALLBACK_MODEL = "scripted-model";

	static RenderContext of(CompletionReply reply, RecordedRequest request) {
		String model = reply.model() != null ? reply.model() : requestedModel(request);
		return new RenderContext(reply, model, Instant.now());
	}

	long createdSeconds() {
		return now.getEpochSecond();
	}

	/** The "model" the client asked for, so that answers match what the product sent without extra setup. */
	private static String requestedModel(RecordedRequest request) {
		try {
			var model = request.bodyJson().path("model");
			return model.isTextual() && !model.asText().isBlank() ? model.asText() : FALLBACK_MODEL;
		} catch (IllegalArgumentException notJson) {
			return FALLBACK_MODEL;
		}
	}
}
