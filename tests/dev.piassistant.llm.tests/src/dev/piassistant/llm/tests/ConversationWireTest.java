package dev.piassistant.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.llm.AssistantMessage;
import dev.piassistant.core.llm.ChatMessage;
import dev.piassistant.core.llm.ChatRequest;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.SystemMessage;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.llm.ToolResultMessage;
import dev.piassistant.core.llm.UserMessage;

/**
 * A conversation that already holds tool calls and their results goes out in each protocol's own shape, so
 * that the model sees which result answers which call.
 */
class ConversationWireTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The agent read a file and ran the tests (which failed), then wrote a file, then the user spoke again. */
	static final List<ChatMessage> HISTORY = List.of(new SystemMessage("be brief"), new UserMessage("Fix the test"),
			new AssistantMessage("Let me look.", "I should read A first.",
					List.of(new ToolCall("call_1", "read_file", "{\"path\":\"A.java\"}"),
							new ToolCall("call_2", "run_tests", "{\"filter\":\"ATest\",\"timeout\":30}"))),
			new ToolResultMessage("call_1", "read_file", "class A {}", false),
			new ToolResultMessage("call_2", "run_tests", "1 failure: expected 2", true),
			new AssistantMessage("", "", List.of(new ToolCall("call_3", "write_file", "{\"path\":\"A.java\",\"text\":\"class A { int x; }\"}"))),
			new ToolResultMessage("call_3", "write_file", "written", false), new UserMessage("Thanks"));

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

	private JsonNode send(Protocol protocol, List<ChatMessage> messages, int maxOutputTokens) throws Exception {
		fixture.provider("p", protocol);
		fixture.server.enqueue(protocol.stream("ok"));
		var recorder = new Recorder();
		fixture.models.stream(new ChatRequest(new ModelRef("p", "test-model"), messages, List.of(), maxOutputTokens), recorder);
		recorder.awaitFinished();
		var request = fixture.server.takeRequest(Duration.ofSeconds(5));
		assertEquals(protocol.chatPath(), request.path());
		return request.bodyJson();
	}

	@Test
	void openAiGetsToolCallsOnTheAssistantAndOneToolMessagePerResult() throws Exception {
		var messages = send(Protocol.OPENAI, HISTORY, 0).path("messages");

		assertEquals(List.of("system", "user", "assistant", "tool", "tool", "assistant", "tool", "user"), roles(messages));
		var answer = messages.get(2);
		assertEquals("Let me look.", answer.path("content").asText());
		assertFalse(answer.has("reasoning_content"), "thinking is never sent back");
		var calls = answer.path("tool_calls");
		assertEquals(List.of("call_1", "call_2"), texts(calls, "/id"));
		assertEquals("function", calls.at("/0/type").asText());
		assertEquals("read_file", calls.at("/0/function/name").asText());
		assertEquals("{\"filter\":\"ATest\",\"timeout\":30}", calls.at("/1/function/arguments").asText(), "arguments go as the JSON text");
		assertEquals(List.of("call_1", "call_2"), List.of(messages.at("/3/tool_call_id").asText(), messages.at("/4/tool_call_id").asText()),
				"each result names the call it answers");
		assertEquals("class A {}", messages.at("/3/content").asText());
		assertEquals("1 failure: expected 2", messages.at("/4/content").asText());
		assertTrue(messages.at("/5/content").isMissingNode() || messages.at("/5/content").isNull(), messages.get(5).toString());
		assertEquals("call_3", messages.at("/5/tool_calls/0/id").asText());
		assertEquals("call_3", messages.at("/6/tool_call_id").asText());
	}

	@Test
	void anthropicGetsToolUseBlocksAndToolResultBlocksInTheNextUserTurn() throws Exception {
		var body = send(Protocol.ANTHROPIC, HISTORY, 0);

		assertEquals("be brief", body.at("/system/0/text").asText(), "the system prompt goes in 'system'");
		var messages = body.path("messages");
		assertEquals("user", messages.at("/0/role").asText());
		var answer = messages.get(1);
		assertEquals("assistant", answer.path("role").asText());
		assertEquals(List.of("text", "tool_use", "tool_use"), texts(answer.path("content"), "/type"), "no thinking block is sent back");
		assertEquals("Let me look.", answer.at("/content/0/text").asText());
		var use = answer.at("/content/2");
		assertEquals("call_2", use.path("id").asText());
		assertEquals("run_tests", use.path("name").asText());
		assertEquals(JSON.readTree("{\"filter\":\"ATest\",\"timeout\":30}"), use.path("input"), "input is an object");
		var results = messages.get(2);
		assertEquals("user", results.path("role").asText());
		assertEquals(List.of("tool_result", "tool_result"), texts(results.path("content"), "/type"), "both results in one turn");
		assertEquals("call_1", results.at("/content/0/tool_use_id").asText());
		assertEquals("class A {}", textOf(results.at("/content/0/content")));
		assertFalse(results.at("/content/0/is_error").asBoolean(false));
		assertEquals("call_2", results.at("/content/1/tool_use_id").asText());
		assertTrue(results.at("/content/1/is_error").asBoolean(), "a failed tool says so");
		assertEquals("call_3", messages.at("/3/content/0/id").asText());
		assertEquals("call_3", messages.at("/4/content/0/tool_use_id").asText());
		assertEquals("Thanks", lastUserText(messages));
	}

	@Test
	void ollamaGetsToolCallsWithObjectArgumentsAndToolMessages() throws Exception {
		var messages = send(Protocol.OLLAMA, HISTORY, 0).path("messages");

		assertEquals(List.of("system", "user", "assistant", "tool", "tool", "assistant", "tool", "user"), roles(messages));
		var calls = messages.at("/2/tool_calls");
		assertEquals(2, calls.size());
		assertEquals("read_file", calls.at("/0/function/name").asText());
		assertEquals(JSON.readTree("{\"filter\":\"ATest\",\"timeout\":30}"), calls.at("/1/function/arguments"), "an object, not text");
		assertEquals("class A {}", messages.at("/3/content").asText());
		assertEquals("1 failure: expected 2", messages.at("/4/content").asText());
		assertEquals("written", messages.at("/6/content").asText());
	}

	@ParameterizedTest
	@EnumSource(value = Protocol.class, names = { "ANTHROPIC", "OLLAMA" })
	void argumentsThatAreNotAnObjectStillLetTheConversationGoOut(Protocol protocol) throws Exception {
		// A model may write broken arguments; the tool's error result explains, and the call is sent as {}.
		var history = List.<ChatMessage>of(new UserMessage("go"),
				new AssistantMessage("", "", List.of(new ToolCall("call_1", "run", "{\"cmd\": \"ls"))),
				new ToolResultMessage("call_1", "run", "arguments are not valid JSON", true));
		var body = send(protocol, history, 0);

		var arguments = protocol == Protocol.OLLAMA ? body.at("/messages/1/tool_calls/0/function/arguments")
				: body.at("/messages/1/content/0/input");
		assertEquals(JSON.createObjectNode(), arguments);
	}

	@Test
	void anOutputLimitGoesToEachProtocolsOwnField() throws Exception {
		assertEquals(256, maxTokens(Protocol.OPENAI, send(Protocol.OPENAI, ask(), 256)));
		stop();
		start();
		assertEquals(256, send(Protocol.ANTHROPIC, ask(), 256).path("max_tokens").asInt());
		stop();
		start();
		assertEquals(256, send(Protocol.OLLAMA, ask(), 256).at("/options/num_predict").asInt());
	}

	@Test
	void withoutALimitOnlyAnthropicGetsOneForItRequiresIt() throws Exception {
		var openAi = send(Protocol.OPENAI, ask(), 0);
		assertFalse(openAi.has("max_tokens") || openAi.has("max_completion_tokens"), openAi.toString());
		stop();
		start();
		assertEquals(8192, send(Protocol.ANTHROPIC, ask(), 0).path("max_tokens").asInt());
		stop();
		start();
		assertTrue(send(Protocol.OLLAMA, ask(), 0).at("/options/num_predict").isMissingNode());
	}

	private static int maxTokens(Protocol protocol, JsonNode body) {
		return body.has("max_completion_tokens") ? body.path("max_completion_tokens").asInt() : body.path("max_tokens").asInt();
	}

	private static List<ChatMessage> ask() {
		return List.of(new UserMessage("hi"));
	}

	private static List<String> roles(JsonNode messages) {
		return texts(messages, "/role");
	}

	private static List<String> texts(JsonNode array, String pointer) {
		var values = new ArrayList<String>();
		array.forEach(item -> values.add(item.at(pointer).asText()));
		return values;
	}

	/** Anthropic content is a string or a list of text blocks. */
	private static String textOf(JsonNode content) {
		return content.isTextual() ? content.asText() : content.at("/0/text").asText();
	}

	private static String lastUserText(JsonNode messages) {
		var last = messages.get(messages.size() - 1);
		assertEquals("user", last.path("role").asText());
		var content = last.path("content");
		return content.isTextual() ? content.asText() : content.get(content.size() - 1).path("text").asText();
	}
}
