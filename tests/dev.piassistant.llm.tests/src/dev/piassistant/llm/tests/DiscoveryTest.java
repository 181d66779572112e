package dev.piassistant.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.llm.internal.HttpLocalServerDiscovery;
import dev.piassistant.testing.ScriptedModelServer;

class DiscoveryTest {

	@AfterEach
	void forget() {
		System.clearProperty(HttpLocalServerDiscovery.EXTRA_PROPERTY);
	}

	@Test
	void runningServersAreFoundWithTheirModelsAndOthersAreNot() throws Exception {
		try (var openAi = ScriptedModelServer.start(); var ollama = ScriptedModelServer.start(); var other = ScriptedModelServer.start()) {
			openAi.models("qwen2.5-coder");
			ollama.models("llama3.2:3b", "phi4");
			System.setProperty(HttpLocalServerDiscovery.EXTRA_PROPERTY, "OPENAI_COMPATIBLE=" + openAi.baseUrl() + "/v1, OLLAMA="
					+ ollama.baseUrl() + ",OPENAI_COMPATIBLE=" + other.baseUrl() + "/not-an-api");
			var found = new HttpLocalServerDiscovery().detect().stream()
					.filter(server -> server.baseUrl().startsWith("http://127.0.0.1")).toList();
			assertEquals(2, found.size(), found.toString());
			var first = found.get(0);
			assertEquals(ProviderKind.OPENAI_COMPATIBLE, first.kind());
			assertEquals(List.of("qwen2.5-coder"), first.models());
			assertEquals(List.of("llama3.2:3b", "phi4"), found.get(1).models());
			assertEquals("llama3.2:3b", found.get(1).toProvider("id").defaultModel());
		}
	}

	@Test
	void probingTheUsualPortsTakesAboutASecondAtMost() {
		long started = System.nanoTime();
		new HttpLocalServerDiscovery().detect();
		assertTrue((System.nanoTime() - started) / 1_000_000 < 3_000, "detection must not keep the user waiting");
	}
}
