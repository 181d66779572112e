package dev.piassistant.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.llm.ChatRequest;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.StopReason;
import dev.piassistant.core.llm.StreamPart;
import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.testing.CompletionReply;
import dev.piassistant.testing.Reply;

/** Answers with tool calls and thinking, streamed in each protocol's own wire format, arrive as typed parts. */
class ToolCallStreamingTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String READ = "{\"path\":\"src/Main.java\",\"line\":12}";
	private static final String LIST = "{\"folder\":\"src\",\"recursive\":true}";

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

	private Recorder ask(Protocol protocol, CompletionReply reply) throws Exception {
		fixture.provider("p", protocol);
		fixture.server.enqueue(reply);
		var recorder = new Recorder();
		fixture.models.stream(Fixture.ask("p", "What is in Main.java?"), recorder);
		return recorder;
	}

	/** Ollama sends no ids: they are made up, numbered through the conversation. */
	private static String id(Protocol protocol, String sent, int number) {
		return protocol == Protocol.OLLAMA ? "call_" + number : sent;
	}

	private static void assertCall(ToolCall expected, ToolCall actual) throws Exception {
		assertEquals(expected.id(), actual.id());
		assertEquals(expected.name(), actual.name());
		assertEquals(JSON.readTree(expected.arguments()), JSON.readTree(actual.arguments()), actual.arguments());
	}

	@ParameterizedTest
	@EnumSource(Protocol.class)
	void textThenOneToolCallEndsWaitingForTheTool(Protocol protocol) throws Exception {
		var recorder = ask(protocol, protocol.stream("Let me ", "look.").toolCall("call_a", "read_file", READ).usage(30, 9));
		var finished = recorder.awaitFinished();

		assertEquals(List.of("Text", "Text", "ToolCall", "Usage", "Finished"), recorder.kinds());
		assertEquals("Let me look.", finished.message().text());
		assertEquals(1, finished.message().toolCalls().size());
		assertCall(new ToolCall(id(protocol, "call_a", 1), "read_file", READ), finished.message().toolCalls().get(0));
		assertEquals(0, recorder.parts(StreamPart.ToolCallPart.class).get(0).index());
		assertEquals(StopReason.TOOL_USE, finished.reason());
		assertEquals(new TokenUsage(30, 9), finished.usage());
	}

	@ParameterizedTest
	@EnumSource(Protocol.class)
	void parallelCallsArriveInOrderWithTheirOwnArguments(Protocol protocol) throws Exception {
		var recorder = ask(protocol, protocol.stream().toolCall("call_1", "read_file", READ).toolCall("call_2", "list_files", LIST));
		var finished = recorder.awaitFinished();

		assertEquals(2, finished.message().toolCalls().size(), recorder.events.toString());
		assertCall(new ToolCall(id(protocol, "call_1", 1), "read_file", READ), finished.message().toolCalls().get(0));
		assertCall(new ToolCall(id(protocol, "call_2", 2), "list_files", LIST), finished.message().toolCalls().get(1));
		assertEquals(List.of(0, 1), recorder.parts(StreamPart.ToolCallPart.class).stream().map(StreamPart.ToolCallPart::index).toList());
		assertEquals(StopReason.TOOL_USE, finished.reason());
	}

	@Test
	void ollamasParallelCallsInOneLineAreTakenApartByTheirIndex() throws Exception {
		var recorder = ask(Protocol.OLLAMA, Reply.ollamaStream().toolCall("", "read_file", READ).toolCall("", "list_files", LIST)
				.interleaved());
		var finished = recorder.awaitFinished();

		assertEquals(2, finished.message().toolCalls().size(), recorder.events.toString());
		assertCall(new ToolCall("call_1", "read_file", READ), finished.message().toolCalls().get(0));
		assertCall(new ToolCall("call_2", "list_files", LIST), finished.message().toolCalls().get(1));
	}

	/**
	 * LangChain4j 1.18 assembles OpenAI tool calls one after the other, as every known server sends them; it
	 * cannot take apart calls whose pieces alternate. Such an answer must fail without handing out any call.
	 */
	@Test
	void openAiCallsWhosePiecesAlternateFailWithoutAnyCall() throws Exception {
		var recorder = ask(Protocol.OPENAI, Reply.openAiStream().toolCall("call_1", "read_file", READ).toolCall("call_2", "list_files", LIST)
				.argumentChunks(3).interleaved());
		var ending = recorder.awaitEnd(java.time.Duration.ofSeconds(20));

		assertTrue(ending instanceof ProviderError, "ends in an error: " + ending);
		assertEquals(List.of(), recorder.toolCalls());
	}

	@ParameterizedTest
	@EnumSource(value = Protocol.class, names = { "OPENAI", "ANTHROPIC" }) // Ollama sends each call whole
	void argumentsSentOneCharacterAtATimeAreReassembled(Protocol protocol) throws Exception {
		var arguments = "{\"text\":\"Grüße, 世界 🌍\",\"count\":3,\"nested\":{\"list\":[1,2.5,null]}}";
		var recorder = ask(protocol, protocol.stream().toolCall("call_x", "write_note", arguments).argumentChunks(1));
		var finished = recorder.awaitFinished();

		assertEquals(1, recorder.toolCalls().size(), "one call, however many pieces: " + recorder.kinds());
		assertCall(new ToolCall("call_x", "write_note", arguments), finished.message().toolCalls().get(0));
	}

	@ParameterizedTest
	@EnumSource(Protocol.class)
	void thinkingArrivesBeforeTheTextAndStaysApartFromIt(Protocol protocol) throws Exception {
		var recorder = ask(protocol, protocol.stream("It is ", "42.").thinking("Six times ", "seven."));
		var finished = recorder.awaitFinished();

		assertEquals("Six times seven.", finished.message().thinking());
		assertEquals("It is 42.", finished.message().text());
		var kinds = recorder.kinds();
		assertTrue(kinds.lastIndexOf("Thinking") < kinds.indexOf("Text"), kinds.toString());
		assertEquals(StopReason.END_TURN, finished.reason());
	}

	@ParameterizedTest
	@EnumSource(Protocol.class)
	void usageIsReportedBeforeTheEndAndALengthStopIsMaxTokens(Protocol protocol) throws Exception {
		var recorder = ask(protocol, protocol.stream("cut ", "off").finishReason(protocol.lengthReason).usage(50, 2));
		var finished = recorder.awaitFinished();

		assertEquals(List.of(new StreamPart.UsagePart(new TokenUsage(50, 2))), recorder.parts(StreamPart.UsagePart.class));
		assertEquals(StopReason.MAX_TOKENS, finished.reason());
		assertEquals(new TokenUsage(50, 2), finished.usage());
	}

	@ParameterizedTest
	@EnumSource(Protocol.class)
	void aStreamCutInTheMiddleOfAToolCallFailsWithoutTheCall(Protocol protocol) throws Exception {
		var recorder = ask(protocol, protocol.stream("Writing.").toolCall("call_w", "write_file", READ).argumentChunks(2)
				.truncatedInToolCall());
		recorder.awaitError(ProviderError.MalformedResponse.class);

		assertEquals(List.of(), recorder.toolCalls(), "half a call must never reach the agent");
		assertEquals("Writing.", recorder.text(), "what arrived before the cut is kept");
	}

	@Test
	void aContentFilterStopIsReportedAsSuch() throws Exception {
		var recorder = ask(Protocol.OPENAI, Reply.openAiStream("I can").finishReason("content_filter"));
		assertEquals(StopReason.CONTENT_FILTER, recorder.awaitFinished().reason());
	}

	@Test
	void madeUpIdsContinueTheConversationsNumbering() throws Exception {
		fixture.provider("p", Protocol.OLLAMA);
		fixture.server.enqueue(Reply.ollamaStream().toolCall("", "read_file", READ));
		var recorder = new Recorder();
		fixture.models.stream(new ChatRequest(new ModelRef("p", "test-model"), ConversationWireTest.HISTORY), recorder);
		var finished = recorder.awaitFinished();

		assertEquals("call_4", finished.message().toolCalls().get(0).id(), "three calls came before: ids never repeat");
	}
}
