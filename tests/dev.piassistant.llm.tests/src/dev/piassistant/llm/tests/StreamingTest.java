package dev.piassistant.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/** Each protocol streams a real answer from a scripted server through LangChain4j and our HTTP client. */
class StreamingTest {

	@TempDir
	Path folder;
	private ScriptedModelServer server;
	private Fixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new Fixture(folder);
		server = fixture.server;
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void openAiCompatibleServersStreamTheAnswerPieceByPieceWithTokenCounts() throws Exception {
		fixture.provider("lmstudio", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1");
		server.enqueue(Reply.openAiStream("Use a ", "`record`", " here.").usage(42, 3));
		var recorder = new Recorder();
		fixture.models.stream(Fixture.ask("lmstudio", "How do I model a point?"), recorder);
		var result = recorder.awaitFinished();
		assertEquals(List.of("Use a ", "`record`", " here."), recorder.deltas());
		assertEquals("Use a `record` here.", result.message().text());
		assertEquals(new TokenUsage(42, 3), result.usage());
		var request = server.takeRequest(Duration.ofSeconds(5));
		assertEquals("/v1/chat/completions", request.path());
		assertEquals("test-model", request.bodyJson().path("model").asText());
		assertTrue(request.bodyJson().path("stream").asBoolean());
		assertEquals("How do I model a point?", request.bodyJson().path("messages").get(1).path("content").asText());
		assertNull(request.header("authorization"), "a local server without a key gets no Authorization header");
	}

	@Test
	void aStoredKeyIsSentAsBearerToken() throws Exception {
		fixture.provider("hosted", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1");
		fixture.settings.setApiKey("hosted", "sk-test-123");
		server.enqueue(Reply.openAiStream("ok"));
		var recorder = new Recorder();
		fixture.models.stream(Fixture.ask("hosted", "hi"), recorder);
		recorder.awaitFinished();
		assertEquals("Bearer sk-test-123", server.takeRequest(Duration.ofSeconds(5)).header("authorization"));
	}

	@Test
	void anthropicStreamsWithItsOwnHeadersAndEvents() throws Exception {
		fixture.provider("claude", ProviderKind.ANTHROPIC, server.baseUrl() + "/v1");
		fixture.settings.setApiKey("claude", "sk-ant-test");
		server.enqueue(Reply.anthropicStream("Hello", " from", " Anthropic").usage(12, 3));
		var recorder = new Recorder();
		fixture.models.stream(Fixture.ask("claude", "hi"), recorder);
		var result = recorder.awaitFinished();
		assertEquals("Hello from Anthropic", result.message().text());
		assertEquals(new TokenUsage(12, 3), result.usage());
		var request = server.takeRequest(Duration.ofSeconds(5));
		assertEquals("/v1/messages", request.path());
		assertEquals("sk-ant-test", request.header("x-api-key"));
		assertFalse(request.header("anthropic-version").isBlank());
		assertEquals("be brief", request.bodyJson().path("system").get(0).path("text").asText(), "the system prompt goes in 'system'");
	}

	@Test
	void ollamaNativeStreamsNewlineDelimitedJson() throws Exception {
		fixture.provider("ollama", ProviderKind.OLLAMA, server.baseUrl());
		server.enqueue(Reply.ollamaStream("Local", " answer").usage(7, 2));
		var recorder = new Recorder();
		fixture.models.stream(Fixture.ask("ollama", "hi"), recorder);
		var result = recorder.awaitFinished();
		assertEquals("Local answer", result.message().text());
		assertEquals(new TokenUsage(7, 2), result.usage());
		assertEquals("/api/chat", server.takeRequest(Duration.ofSeconds(5)).path());
	}

	@Test
	void modelListsComeFromEachProtocolsListing() throws Exception {
		server.models("qwen2.5-coder:7b", "llama3.2:3b");
		var openAi = fixture.provider("a", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl() + "/v1");
		var ollama = fixture.provider("b", ProviderKind.OLLAMA, server.baseUrl());
		assertEquals(List.of("qwen2.5-coder:7b", "llama3.2:3b"), fixture.models.listModels(openAi));
		assertEquals(List.of("qwen2.5-coder:7b", "llama3.2:3b"), fixture.models.listModels(ollama));
		assertEquals("/v1/models", server.takeRequest(Duration.ofSeconds(5)).path());
		assertEquals("/api/tags", server.takeRequest(Duration.ofSeconds(5)).path());
	}
}
