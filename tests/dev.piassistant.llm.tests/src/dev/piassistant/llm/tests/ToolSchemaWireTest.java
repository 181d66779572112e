package dev.piassistant.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.piassistant.core.llm.ChatRequest;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ToolSpec;
import dev.piassistant.core.llm.UserMessage;

/** Tools reach each protocol with their JSON schemas intact: numbers are numbers, nothing is dropped. */
class ToolSchemaWireTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Every kind of parameter a tool has, and keywords LangChain4j's schema types cannot hold (minimum, pattern...). */
	static final String SCHEMA = """
			{"type":"object","properties":{
			  "path":{"type":"string","description":"File to read, relative to the project"},
			  "line":{"type":"integer","description":"First line to read","minimum":1},
			  "count":{"type":"integer"},
			  "ratio":{"type":"number","description":"Share of the file","maximum":1.0},
			  "recursive":{"type":"boolean","description":"Into subfolders"},
			  "mode":{"type":"string","enum":["fast","thorough"],"description":"How hard to look"},
			  "level":{"type":"integer","enum":[1,2,3]},
			  "tags":{"type":"array","items":{"type":"string"},"description":"Labels"},
			  "range":{"type":"object","properties":{"start":{"type":"integer"},"end":{"type":"integer"}},
			           "required":["start"],"additionalProperties":false},
			  "name":{"type":"string","pattern":"^[a-z]+$","default":"abc"},
			  "either":{"anyOf":[{"type":"string"},{"type":"integer"}]}
			 },
			 "required":["path","mode"],"additionalProperties":false}""";

	@TempDir
	Path folder;
	private Fixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new Fixture(folder);
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	private JsonNode sentTool(Protocol protocol) throws Exception {
		fixture.provider("p", protocol);
		fixture.server.enqueue(protocol.stream("ok"));
		var tools = List.of(new ToolSpec("read_file", "Reads a file of the workspace", (ObjectNode) JSON.readTree(SCHEMA)),
				new ToolSpec("list_files", "Lists a folder", (ObjectNode) JSON.readTree("{\"type\":\"object\",\"properties\":{}}")));
		var recorder = new Recorder();
		fixture.models.stream(new ChatRequest(new ModelRef("p", "test-model"), List.of(new UserMessage("hi")), tools, 0), recorder);
		recorder.awaitFinished();
		var sent = fixture.server.takeRequest(Duration.ofSeconds(5)).bodyJson().path("tools");
		assertEquals(2, sent.size(), sent.toString());
		return sent;
	}

	/** Where each protocol puts a tool's name, description and parameters. */
	private static JsonNode function(Protocol protocol, JsonNode tool) {
		return protocol == Protocol.ANTHROPIC ? tool : tool.path("function");
	}

	private static JsonNode parameters(Protocol protocol, JsonNode tool) {
		return protocol == Protocol.ANTHROPIC ? tool.path("input_schema") : tool.path("function").path("parameters");
	}

	@ParameterizedTest
	@EnumSource(Protocol.class)
	void toolsGoWithTheirNameDescriptionAndTypedParameters(Protocol protocol) throws Exception {
		var tool = sentTool(protocol).get(0);
		if (protocol != Protocol.ANTHROPIC) {
			assertEquals("function", tool.path("type").asText());
		}
		assertEquals("read_file", function(protocol, tool).path("name").asText());
		assertEquals("Reads a file of the workspace", function(protocol, tool).path("description").asText());
		var properties = parameters(protocol, tool).path("properties");
		assertEquals("integer", properties.at("/line/type").asText());
		assertEquals("number", properties.at("/ratio/type").asText());
		assertEquals("boolean", properties.at("/recursive/type").asText());
		assertEquals(List.of("fast", "thorough"), List.of(properties.at("/mode/enum/0").asText(), properties.at("/mode/enum/1").asText()));
		assertTrue(properties.at("/level/enum/0").isInt(), "an enum of numbers stays numbers: " + properties.path("level"));
		assertEquals("string", properties.at("/tags/items/type").asText());
		assertEquals(JSON.readTree("[\"path\",\"mode\"]"), parameters(protocol, tool).path("required"));
	}

	@ParameterizedTest
	@EnumSource(Protocol.class)
	void keywordsBeyondLangChain4jsSchemaTypesArriveToo(Protocol protocol) throws Exception {
		var properties = parameters(protocol, sentTool(protocol).get(0)).path("properties");

		assertEquals(1, properties.at("/line/minimum").asInt());
		assertTrue(properties.at("/line/minimum").isNumber(), "a number, not a string");
		assertEquals(1.0, properties.at("/ratio/maximum").asDouble());
		assertEquals("^[a-z]+$", properties.at("/name/pattern").asText());
		assertEquals("abc", properties.at("/name/default").asText());
		assertEquals(2, properties.at("/either/anyOf").size());
	}

	/** Whole but for the parameters' own additionalProperties, which LangChain4j 1.18 sends only in strict mode. */
	@ParameterizedTest
	@EnumSource(Protocol.class)
	void theSchemaArrivesWhole(Protocol protocol) throws Exception {
		var sent = sentTool(protocol);

		var expected = JSON.readTree(SCHEMA);
		assertEquals(expected.path("properties"), parameters(protocol, sent.get(0)).path("properties"));
		assertEquals("object", parameters(protocol, sent.get(0)).path("type").asText());
		assertEquals(expected.path("required"), parameters(protocol, sent.get(0)).path("required"));
		assertEquals("object", parameters(protocol, sent.get(1)).path("type").asText());
		assertEquals(0, parameters(protocol, sent.get(1)).path("properties").size(), "a tool without parameters");
	}
}
