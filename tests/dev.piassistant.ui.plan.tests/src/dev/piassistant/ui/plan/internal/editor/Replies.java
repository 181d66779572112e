package dev.piassistant.ui.plan.internal.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.testing.CompletionReply;
import dev.piassistant.testing.Reply;

/** Scripted model answers, in OpenAI's wire format, as the model would write them. */
final class Replies {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Replies() {
	}

	static CompletionReply say(String text) {
		return Reply.openAiStream(text);
	}

	static CompletionReply call(String id, String tool, Map<String, ?> arguments) {
		try {
			return Reply.openAiStream().toolCall(id, tool, JSON.writeValueAsString(arguments)).finishReason("tool_calls");
		} catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

	/** A plan of steps given as description, expected, description, expected... */
	static CompletionReply plan(String... descriptionsAndExpectations) {
		return call("plan", AgentTools.PROPOSE_PLAN, Map.of("steps", steps(descriptionsAndExpectations)));
	}

	/** A revision; each step is {@code id|description} to keep a step, or a description for a new one. */
	static CompletionReply revise(String id, String reason, String... steps) {
		var list = java.util.Arrays.stream(steps).map(step -> {
			var parts = step.split("\\|", 2);
			return parts.length == 2 ? ordered("id", parts[0], "description", parts[1], "expected", parts[1] + " is done")
					: ordered("description", step, "expected", step + " is done");
		}).toList();
		return call(id, AgentTools.REVISE_PLAN, ordered("reason", reason, "steps", list));
	}

	private static List<Map<String, Object>> steps(String... descriptionsAndExpectations) {
		var steps = new java.util.ArrayList<Map<String, Object>>();
		for (int i = 0; i < descriptionsAndExpectations.length; i += 2) {
			steps.add(ordered("description", descriptionsAndExpectations[i], "expected", descriptionsAndExpectations[i + 1]));
		}
		return steps;
	}

	static Map<String, Object> ordered(Object... keysAndValues) {
		var map = new LinkedHashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
