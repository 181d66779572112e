package dev.piassistant.core.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;

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

	/** What is wrong with a base URL, for the user to be told in their words. */
	public enum BaseUrlProblem {
		/** Nothing was entered. */
		EMPTY,
		/** Not an http:// or https:// address with a host. */
		NOT_HTTP,
		/** Not a URL at all. */
		MALFORMED
	}

	/** What is wrong with a base URL, if anything. */
	public static Optional<BaseUrlProblem> checkBaseUrl(String baseUrl) {
		if (baseUrl == null || baseUrl.isBlank()) {
			return Optional.of(BaseUrlProblem.EMPTY);
		}
		try {
			var uri = new URI(trimmed(baseUrl));
			var scheme = uri.getScheme();
			var http = scheme != null && (scheme.equals("http") || scheme.equals("https"));
			return uri.getHost() != null && http ? Optional.empty() : Optional.of(BaseUrlProblem.NOT_HTTP);
		} catch (URISyntaxException e) {
			return Optional.of(BaseUrlProblem.MALFORMED);
		}
	}

	/**
	 * Checks that a base URL is an absolute http(s) URL and drops a trailing slash.
	 *
	 * @throws IllegalArgumentException naming the {@link BaseUrlProblem}
	 */
	public static String normalizeBaseUrl(String baseUrl) {
		var problem = checkBaseUrl(baseUrl);
		if (problem.isPresent()) {
			throw new IllegalArgumentException("base URL '" + baseUrl + "': " + problem.get());
		}
		return trimmed(baseUrl);
	}

	private static String trimmed(String baseUrl) {
		var trimmed = baseUrl.strip();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}

	public ProviderConfig withDefaultModel(String model) {
		return new ProviderConfig(id, name, kind, baseUrl, model);
	}
}
