package dev.piassistant.cli.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.testing.CompletionReply;
import dev.piassistant.testing.Reply;

/** Model answers in OpenAI's wire format: text, a tool call, a plan through the agent's own tool. */
final class Replies {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Replies() {
	}

	static CompletionReply say(String... chunks) {
		return Reply.openAiStream(chunks);
	}

	static CompletionReply call(String id, String tool, Object... keysAndValues) {
		return Reply.openAiStream().toolCall(id, tool, json(object(keysAndValues))).finishReason("tool_calls");
	}

	/** A {@code propose_plan} call; steps given as description, expected, description, expected... */
	static CompletionReply plan(String... descriptionsAndExpectations) {
		var steps = new ArrayList<Object>();
		for (int i = 0; i < descriptionsAndExpectations.length; i += 2) {
			steps.add(object("description", descriptionsAndExpectations[i], "expected", descriptionsAndExpectations[i + 1]));
		}
		return call("plan-" + steps.size(), "propose_plan", "steps", steps);
	}

	static Map<String, Object> object(Object... keysAndValues) {
		var map = new LinkedHashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		} catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

	static List<String> lines(String text) {
		return text.lines().toList();
	}
}
