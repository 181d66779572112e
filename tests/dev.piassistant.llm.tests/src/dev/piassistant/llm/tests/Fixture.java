package dev.piassistant.llm.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

import dev.piassistant.core.llm.ChatRequest;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.core.llm.ProviderConfig;
import dev.piassistant.core.llm.ProviderException;
import dev.piassistant.core.llm.ProviderKind;
import dev.piassistant.core.llm.SystemMessage;
import dev.piassistant.core.llm.UserMessage;
import dev.piassistant.llm.internal.FileProviderSettings;
import dev.piassistant.llm.internal.HttpSettings;
import dev.piassistant.llm.internal.LangChainChatModelService;
import dev.piassistant.llm.internal.RetryPolicy;
import dev.piassistant.testing.ScriptedModelServer;

/**
 * Real provider settings (a file and a secure storage of their own), the real model service, and a scripted
 * model server for them to talk to.
 */
final class Fixture implements AutoCloseable {

	static final HttpSettings FAST = new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10));
	static final RetryPolicy QUICK_RETRIES = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMillis(100));

	final ScriptedModelServer server = ScriptedModelServer.start();
	final FileProviderSettings settings;
	final LangChainChatModelService models;
	private final ISecurePreferences storage;

	Fixture(Path folder) throws IOException {
		this(folder, FAST);
	}

	Fixture(Path folder, HttpSettings http) throws IOException {
		storage = secureStorage(folder);
		settings = new FileProviderSettings(folder.resolve("providers.json"), () -> storage);
		models = new LangChainChatModelService(settings, http, QUICK_RETRIES);
	}

	static ISecurePreferences secureStorage(Path folder) throws IOException {
		var options = Map.<Object, Object>of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-only".toCharArray()),
				IProviderHints.PROMPT_USER, Boolean.FALSE);
		return SecurePreferencesFactory.open(folder.resolve("secure_storage").toUri().toURL(), options);
	}

	/** A provider of this protocol pointing at the scripted server, with a key when the protocol needs one. */
	ProviderConfig provider(String id, Protocol protocol) throws ProviderException {
		var provider = provider(id, protocol.kind, server.baseUrl() + protocol.pathPrefix);
		if (protocol.kind.apiKeyRequired()) {
			settings.setApiKey(id, "sk-test");
		}
		return provider;
	}

	ProviderConfig provider(String id, ProviderKind kind, String baseUrl) {
		var provider = new ProviderConfig(id, id, kind, baseUrl, "test-model");
		settings.save(provider);
		return provider;
	}

	static ChatRequest ask(String providerId, String question) {
		return new ChatRequest(new ModelRef(providerId, "test-model"),
				List.of(new SystemMessage("be brief"), new UserMessage(question)));
	}

	@Override
	public void close() {
		models.shutdown();
		server.close();
	}
}
