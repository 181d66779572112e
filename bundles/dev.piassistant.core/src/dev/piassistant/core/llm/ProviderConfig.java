package dev.piassistant.core.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * A configured model provider. The API key is not part of it: keys live only in Eclipse Secure Storage
 * and are reached through {@link ProviderSettings}.
 *
 * @param id           stable identifier, referenced by {@link ModelRef}
 * @param name         what the user calls it ("Local Ollama", "Work vLLM")
 * @param kind         the wire protocol
 * @param baseUrl      the API root, for example {@code http://localhost:1234/v1}
 * @param defaultModel the model to use when the user picks none; may be empty
 */
public record ProviderConfig(String id, String name, ProviderKind kind, String baseUrl, String defaultModel) {

	public ProviderConfig {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		name = name == null || name.isBlank() ? kind.label() : name.strip();
		baseUrl = normalizeBaseUrl(baseUrl);
		defaultModel = defaultModel == null ? "" : defaultModel.strip();
	}

	/** Checks that a base URL is an absolute http(s) URL and drops a trailing slash. */
	public static String normalizeBaseUrl(String baseUrl) {
		if (baseUrl == null || baseUrl.isBlank()) {
			throw new IllegalArgumentException("The base URL is empty. Enter the server's API address, for example http://localhost:11434/v1.");
		}
		var trimmed = baseUrl.strip();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		try {
			var uri = new URI(trimmed);
			var scheme = uri.getScheme();
			if (uri.getHost() == null || scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
				throw new IllegalArgumentException("'" + baseUrl + "' is not an http:// or https:// address with a host.");
			}
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("'" + baseUrl + "' is not a valid URL: " + e.getReason() + ".", e);
		}
		return trimmed;
	}

	public ProviderConfig withDefaultModel(String model) {
		return new ProviderConfig(id, name, kind, baseUrl, model);
	}
}
