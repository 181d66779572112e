package dev.piassistant.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderConfig.BaseUrlProblem;
import dev.piassistant.core.llm.ProviderKind;

class ProviderConfigTest {

	@Test
	void trailingSlashesAreDroppedSoPathsJoinCleanly() {
		var config = new ProviderConfig("p", "LM Studio", ProviderKind.OPENAI_COMPATIBLE, " http://localhost:1234/v1// ", "qwen");
		assertEquals("http://localhost:1234/v1", config.baseUrl());
	}

	@Test
	void aMissingNameFallsBackToTheProtocolName() {
		var config = new ProviderConfig("p", " ", ProviderKind.OLLAMA, "http://localhost:11434", null);
		assertEquals("Ollama", config.name());
		assertEquals("", config.defaultModel());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "' '|EMPTY", "localhost:1234|NOT_HTTP", "ftp://host/v1|NOT_HTTP", "http://|MALFORMED",
			"http://exa mple.com|MALFORMED" })
	void badBaseUrlsAreRefusedWithWhatIsWrong(String url, BaseUrlProblem problem) {
		assertEquals(Optional.of(problem), ProviderConfig.checkBaseUrl(url));
		var error = assertThrows(IllegalArgumentException.class,
				() -> new ProviderConfig("p", "x", ProviderKind.OPENAI_COMPATIBLE, url, ""));
		assertTrue(error.getMessage().endsWith(problem.name()), error.getMessage());
	}
}
