package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

@Timeout(30)
class ModelListingTest {

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/v1/models", "/models" })
	void modelListsHaveTheOpenAiAndAnthropicFields(String path) throws Exception {
		server.models("qwen", "llama");
		var body = Http.json(Http.get(server, path).body());

		assertEquals("list", body.path("object").asText());
		assertEquals(List.of("qwen", "llama"), texts(body.path("data"), "id"));
		var first = body.at("/data/0");
		assertEquals("model", first.path("object").asText());
		assertEquals("model", first.path("type").asText());
		assertEquals("qwen", first.path("display_name").asText());
	}

	@Test
	void ollamaTagsListNamesAndModels() throws Exception {
		server.models("llama3:8b");
		var body = Http.json(Http.get(server, "/api/tags").body());

		assertEquals(List.of("llama3:8b"), texts(body.path("models"), "name"));
		assertEquals(List.of("llama3:8b"), texts(body.path("models"), "model"));
	}

	@Test
	void listingsDoNotConsumeTheQueue() throws Exception {
		server.models("m").enqueue(Reply.openAiJson("still here"));
		Http.get(server, "/v1/models");
		Http.get(server, "/api/tags");

		var answer = Http.json(Http.post(server, "/v1/chat/completions", Http.CHAT_BODY).body());
		assertEquals("still here", answer.at("/choices/0/message/content").asText());
	}

	private static List<String> texts(JsonNode array, String field) {
		var values = new ArrayList<String>();
		array.forEach(item -> values.add(item.path(field).asText()));
		return values;
	}
}
