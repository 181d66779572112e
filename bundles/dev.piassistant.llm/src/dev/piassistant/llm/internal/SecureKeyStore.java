package dev.piassistant.llm.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.ProviderException;

/** API keys in Eclipse Secure Storage, one encrypted entry per provider. */
final class SecureKeyStore {

	private static final String ROOT = "dev.piassistant/providers";
	private static final String KEY = "apiKey";

	private final Supplier<ISecurePreferences> storage;

	SecureKeyStore(Supplier<ISecurePreferences> storage) {
		this.storage = storage;
	}

	void put(String providerId, String apiKey) throws ProviderException {
		try {
			var node = node(providerId);
			if (apiKey == null || apiKey.isEmpty()) {
				node.removeNode();
			} else {
				node.put(KEY, apiKey, true);
			}
			storage.get().flush();
		} catch (StorageException | java.io.IOException | RuntimeException e) {
			throw failure(providerId, e);
		}
	}

	Optional<String> get(String providerId) throws ProviderException {
		try {
			var root = storage.get();
			var path = path(providerId);
			return root.nodeExists(path) ? Optional.ofNullable(root.node(path).get(KEY, null)) : Optional.empty();
		} catch (StorageException | RuntimeException e) {
			throw failure(providerId, e);
		}
	}

	private ISecurePreferences node(String providerId) {
		return storage.get().node(path(providerId));
	}

	/** Provider ids may hold characters secure storage paths do not allow. */
	private static String path(String providerId) {
		return ROOT + "/" + Base64.getUrlEncoder().withoutPadding().encodeToString(providerId.getBytes(StandardCharsets.UTF_8));
	}

	/** The cause stays attached for the log; the error names the provider whose key is out of reach. */
	private static ProviderException failure(String providerId, Exception e) {
		return new ProviderException(new ProviderError.NotConfigured(ProviderError.Missing.SECURE_STORAGE, providerId), e);
	}
}
