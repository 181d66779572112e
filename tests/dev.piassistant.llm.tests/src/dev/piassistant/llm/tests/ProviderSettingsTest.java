package dev.piassistant.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.llm.internal.FileProviderSettings;

class ProviderSettingsTest {

	@TempDir
	Path folder;

	private FileProviderSettings open() throws Exception {
		var storage = Fixture.secureStorage(folder);
		return new FileProviderSettings(folder.resolve("providers.json"), () -> storage);
	}

	private static ProviderConfig local(String id, String model) {
		return new ProviderConfig(id, "Local " + id, ProviderKind.OLLAMA, "http://localhost:11434", model);
	}

	@Test
	void providersSurviveARestartInTheOrderTheyWereAdded() throws Exception {
		var settings = open();
		settings.save(local("a", "qwen"));
		settings.save(local("b", ""));
		settings.save(new ProviderConfig("a", "Renamed", ProviderKind.OLLAMA, "http://localhost:11434", "qwen"));
		var reopened = open();
		assertEquals(List.of("a", "b"), reopened.providers().stream().map(ProviderConfig::id).toList());
		assertEquals("Renamed", reopened.provider("a").orElseThrow().name());
	}

	@Test
	void keysGoToSecureStorageAndNeverToTheProvidersFile() throws Exception {
		var settings = open();
		settings.save(local("a", "m"));
		settings.setApiKey("a", "  sk-secret-value  ");
		assertEquals(Optional.of("sk-secret-value"), settings.apiKey("a"));
		assertFalse(Files.readString(folder.resolve("providers.json")).contains("sk-secret"));
		assertEquals(Optional.of("sk-secret-value"), open().apiKey("a"));
		settings.setApiKey("a", "");
		assertEquals(Optional.empty(), settings.apiKey("a"));
	}

	@Test
	void removingAProviderForgetsItsKeyAndItsDefaultModel() throws Exception {
		var settings = open();
		settings.save(local("a", "m1"));
		settings.save(local("b", "m2"));
		settings.setApiKey("a", "key");
		settings.setDefaultModel(new ModelRef("a", "m1"));
		settings.remove("a");
		assertEquals(Optional.empty(), settings.apiKey("a"));
		assertEquals(Optional.of(new ModelRef("b", "m2")), settings.defaultModel(), "falls back to a remaining provider");
	}

	@Test
	void theChosenModelIsRememberedAcrossRestarts() throws Exception {
		var settings = open();
		settings.save(local("a", "m1"));
		settings.setDefaultModel(new ModelRef("a", "typed-by-hand"));
		assertEquals(Optional.of(new ModelRef("a", "typed-by-hand")), open().defaultModel());
	}

	@Test
	void anUnreadableFileIsSetAsideAndSettingsStartEmpty() throws Exception {
		Files.writeString(folder.resolve("providers.json"), "{ this is not json");
		var settings = open();
		assertEquals(List.of(), settings.providers());
		assertTrue(Files.exists(folder.resolve("providers.json.unreadable")), "the user's file is kept");
		settings.save(local("a", "m"));
		assertEquals(1, open().providers().size());
	}

	@Test
	void listenersHearOfEveryChange() throws Exception {
		var settings = open();
		var changes = new AtomicInteger();
		settings.addChangeListener(changes::incrementAndGet);
		settings.save(local("a", "m"));
		settings.setApiKey("a", "k");
		settings.setDefaultModel(new ModelRef("a", "m"));
		settings.remove("a");
		assertEquals(4, changes.get());
	}
}
