package dev.piassistant.llm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.llm.ModelInfo;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.PriceRule;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.ProviderException;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.Routing;
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

	@Test
	void routingAndThePriceTableSurviveARestart() throws Exception {
		var settings = open();
		settings.save(local("a", "small-model"));
		settings.save(local("b", "big-model"));
		var routing = new Routing(new ModelRef("a", "qwen2.5-coder:7b"), new ModelRef("b", "claude-sonnet"), null);
		var prices = List.of(new PriceRule("claude-sonnet*", 3, 15, 200_000), new PriceRule("*", 0, 0, 0));
		settings.setRouting(routing);
		settings.setPrices(prices);

		var reopened = open();
		assertEquals(routing, reopened.routing());
		assertEquals(prices, reopened.prices());
		assertEquals(200_000, reopened.modelInfo(new ModelRef("b", "claude-sonnet-4")).contextWindow());
		assertEquals(15, reopened.modelInfo(new ModelRef("b", "claude-sonnet-4")).price().outputPerMillion());
		assertEquals(ModelInfo.DEFAULT_CONTEXT_WINDOW, reopened.modelInfo(new ModelRef("a", "qwen")).contextWindow(),
				"a rule that names no window leaves the default");
	}

	@Test
	void aFileWrittenBeforeRoutingAndPricesExistedIsReadAsIs() throws Exception {
		Files.writeString(folder.resolve("providers.json"), """
				{
				  "providers" : [ {
				    "id" : "ollama", "name" : "Local Ollama", "kind" : "OLLAMA",
				    "baseUrl" : "http://localhost:11434", "defaultModel" : "qwen2.5-coder:7b"
				  } ],
				  "defaultModel" : { "providerId" : "ollama", "model" : "llama3.2" }
				}""");
		var settings = open();
		assertEquals(List.of("ollama"), settings.providers().stream().map(ProviderConfig::id).toList());
		assertEquals(Optional.of(new ModelRef("ollama", "llama3.2")), settings.defaultModel());
		assertEquals(Routing.NONE, settings.routing());
		assertEquals(List.of(), settings.prices());
		assertEquals(ModelInfo.unknown("llama3.2"), settings.modelInfo(new ModelRef("ollama", "llama3.2")));
		assertFalse(Files.exists(folder.resolve("providers.json.unreadable")), "an older file is not unreadable");

		settings.setRouting(new Routing(null, new ModelRef("ollama", "qwen2.5-coder:32b"), null));
		var reopened = open();
		assertEquals(Optional.of(new ModelRef("ollama", "llama3.2")), reopened.defaultModel(), "nothing else is lost");
		assertEquals(new ModelRef("ollama", "qwen2.5-coder:32b"), reopened.routing().large());
	}

	@Test
	void removingAProviderTakesItsModelsOutOfTheRouting() throws Exception {
		var settings = open();
		settings.save(local("a", "m1"));
		settings.save(local("b", "m2"));
		settings.setRouting(new Routing(new ModelRef("a", "m1"), new ModelRef("b", "m2"), new ModelRef("a", "m3")));
		settings.remove("a");
		assertEquals(new Routing(null, new ModelRef("b", "m2"), null), open().routing());
	}

	@Test
	void routingAndPriceChangesAreAnnounced() throws Exception {
		var settings = open();
		var changes = new AtomicInteger();
		settings.addChangeListener(changes::incrementAndGet);
		settings.setRouting(new Routing(null, null, new ModelRef("x", "y")));
		settings.setPrices(List.of(new PriceRule("gpt-4o*", 2.5, 10, 128_000)));
		assertEquals(2, changes.get());
	}

	@Test
	void aSecureStorageThatCannotBeReadNamesTheProvider() throws Exception {
		var settings = new FileProviderSettings(folder.resolve("providers.json"), () -> {
			throw new IllegalStateException("the keyring is locked");
		});
		settings.save(local("a", "m"));
		var failure = assertThrows(ProviderException.class, () -> settings.apiKey("a"));
		assertEquals(new ProviderError.NotConfigured(ProviderError.Missing.SECURE_STORAGE, "Local a"), failure.error());
		assertTrue(failure.getCause().getMessage().contains("keyring"), "the cause is kept for the log");
	}
}
