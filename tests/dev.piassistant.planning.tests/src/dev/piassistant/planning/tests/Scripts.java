package dev.piassistant.planning.tests;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.agent.AgentTools;
import dev.piassistant.testing.CompletionReply;
import dev.piassistant.testing.Reply;

/** Scripted model answers as the loop's tests need them, in OpenAI's wire format. */
final class Scripts {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Scripts() {
	}

	static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		} catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

	static java.util.Map<String, Object> obj(Object... keysAndValues) {
		var map = new java.util.LinkedHashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	static CompletionReply say(String text) {
		return Reply.openAiStream(text);
	}

	static CompletionReply call(String id, String tool, String argumentsJson) {
		return Reply.openAiStream().toolCall(id, tool, argumentsJson).finishReason("tool_calls");
	}

	/** A {@code propose_plan} call with steps given as description, expected, description, expected... */
	static CompletionReply plan(String... descriptionsAndExpectations) {
		return call("plan", AgentTools.PROPOSE_PLAN, json(java.util.Map.of("steps", steps(descriptionsAndExpectations))));
	}

	static CompletionReply revise(String id, String reason, List<?> steps) {
		return call(id, AgentTools.REVISE_PLAN, json(java.util.Map.of("reason", reason, "steps", steps)));
	}

	static List<?> steps(String... descriptionsAndExpectations) {
		var steps = new java.util.ArrayList<Object>();
		for (int i = 0; i < descriptionsAndExpectations.length; i += 2) {
			steps.add(obj("description", descriptionsAndExpectations[i], "expected", descriptionsAndExpectations[i + 1]));
		}
		return steps;
	}

	static String args(Object... keysAndValues) {
		return json(obj(keysAndValues));
	}

	/** The roles of a recorded request's messages, in order. */
	static List<String> roles(JsonNode request) {
		var roles = new java.util.ArrayList<String>();
		request.path("messages").forEach(message -> roles.add(message.path("role").asText()));
		return roles;
	}

	/** The last message of a recorded request. */
	static JsonNode last(JsonNode request) {
		var messages = request.path("messages");
		return messages.get(messages.size() - 1);
	}

	/** Every text of a recorded request's messages, joined, for "was it said" checks. */
	static String allText(JsonNode request) {
		var text = new StringBuilder();
		request.path("messages").forEach(message -> text.append(message.path("content").asText()).append('\n'));
		return text.toString();
	}
}
