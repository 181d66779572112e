package dev.piassistant.cli.e2e;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.testing.RecordedRequest;
import dev.piassistant.testing.Reply;

/**
 * A model that answers from what it is sent, so its answers fit wherever a killed task picks up again. Asked
 * for the request, it proposes a plan of {@code steps} steps; told to work on a step, it calls append_call
 * for it (with a pause, so kills also land inside calls); shown a result, it says the step is done. Told that
 * a call was interrupted, it does what the agent's instructions ask: it reads calls.log first, and records
 * the step's line only if it is missing. Every call has an id of its own, so a call made again is a new id.
 */
final class StepResponder implements Function<RecordedRequest, Reply> {

	static final long PAUSE_MS = 150;

	private static final Pattern STEP = Pattern.compile("Work on step (\\S+): ([^\\n]*)");
	private static final String INTERRUPTED = "stopped while this call ran";

	private final int steps;
	private final AtomicInteger calls = new AtomicInteger();

	StepResponder(int steps) {
		this.steps = steps;
	}

	@Override
	public Reply apply(RecordedRequest request) {
		var body = request.bodyJson();
		var messages = body.path("messages");
		var last = messages.get(messages.size() - 1);
		var step = currentStep(messages);
		if (last.path("role").asText().equals("tool")) {
			return afterResult(body, messages, last, step);
		}
		if (offers(body, "propose_plan")) {
			return plan();
		}
		return step.map(this::record).orElseGet(() -> Replies.say("All lines are recorded."));
	}

	private Reply afterResult(JsonNode body, JsonNode messages, JsonNode result, Optional<String> step) {
		var content = result.path("content").asText();
		if (content.contains(INTERRUPTED)) {
			if (step.isPresent()) {
				return Replies.call("check-" + calls.incrementAndGet(), "read_note", "path", "calls.log");
			}
			return offers(body, "propose_plan") ? plan() : Replies.say("Step done.");
		}
		if (step.isPresent() && toolOf(messages, result.path("tool_call_id").asText()).equals("read_note")) {
			return content.contains(step.get()) ? Replies.say("Step done.") : record(step.get());
		}
		return Replies.say("Step done.");
	}

	private Reply plan() {
		var plan = new String[steps * 2];
		for (int i = 0; i < steps; i++) {
			plan[2 * i] = "Record line " + (i + 1);
			plan[2 * i + 1] = "calls.log has line " + (i + 1);
		}
		return Replies.plan(plan);
	}

	/**
	 * A call to record the step's line. Its pause differs from one call to the next, as a model's words would:
	 * the same call made again after kills would otherwise trip the agent's loop detection, rightly.
	 */
	private Reply record(String stepText) {
		var call = calls.incrementAndGet();
		return Replies.call("call-" + call, "append_call", "text", stepText, "pause_ms", PAUSE_MS + call % 10);
	}

	/** The text of the step the agent works on: its latest "Work on step" message. */
	private static Optional<String> currentStep(JsonNode messages) {
		for (int i = messages.size() - 1; i >= 0; i--) {
			var message = messages.get(i);
			if (message.path("role").asText().equals("user")) {
				var matcher = STEP.matcher(message.path("content").asText());
				if (matcher.find()) {
					return Optional.of(matcher.group(2).strip());
				}
			}
		}
		return Optional.empty();
	}

	private static String toolOf(JsonNode messages, String callId) {
		for (var message : messages) {
			for (var call : message.path("tool_calls")) {
				if (call.path("id").asText().equals(callId)) {
					return call.path("function").path("name").asText();
				}
			}
		}
		return "";
	}

	private static boolean offers(JsonNode body, String tool) {
		for (var offered : body.path("tools")) {
			if (offered.path("function").path("name").asText().equals(tool)) {
				return true;
			}
		}
		return false;
	}
}
