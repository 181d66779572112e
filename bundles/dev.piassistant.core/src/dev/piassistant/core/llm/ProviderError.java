package dev.piassistant.core.llm;

/**
 * Why a provider could not answer, as a closed set that the UI and the command line explain in the
 * user's words and the event log keeps. The details are the provider's own words, possibly empty.
 */
public sealed interface ProviderError {

	/** The server could not be connected to at all. */
	record Unreachable(String url, String detail) implements ProviderError {
	}

	/** The provider refused the credentials (HTTP 401 or 403). */
	record Unauthorized(int status, String detail) implements ProviderError {
	}

	/**
	 * The provider is throttling (HTTP 429).
	 *
	 * @param retryAfterSeconds what the server's Retry-After header asked for, or -1 when it sent none
	 */
	record RateLimited(long retryAfterSeconds, String detail) implements ProviderError {
	}

	/** The server failed (HTTP 5xx). */
	record ServerError(int status, String detail) implements ProviderError {
	}

	/** The provider does not serve the requested model (HTTP 404). */
	record ModelNotFound(String model, String detail) implements ProviderError {
	}

	/** The provider rejected the request itself (HTTP 400, 413, 422...). */
	record BadRequest(int status, String detail) implements ProviderError {
	}

	/** The answer could not be read: not the expected format, or the stream broke off. */
	record MalformedResponse(String detail) implements ProviderError {
	}

	/** The server stopped answering within the allowed time. */
	record Timeout(long seconds, String detail) implements ProviderError {
	}

	/** Nothing to send to; {@link Missing} says what is missing. */
	record NotConfigured(Missing missing, String name) implements ProviderError {
		public NotConfigured {
			missing = missing == null ? Missing.PROVIDER : missing;
			name = name == null ? "" : name;
		}
	}

	/** Anything else; the detail says what. */
	record Unexpected(String detail) implements ProviderError {
	}

	/** What a {@link NotConfigured} lacks; {@code name} names the provider or model concerned. */
	enum Missing {
		/** No provider at all. */
		PROVIDER,
		/** The model's provider was removed. */
		PROVIDER_REMOVED,
		/** No model chosen. */
		MODEL,
		/** The provider needs an API key and none is stored. */
		API_KEY,
		/** Secure storage could not be read or written. */
		SECURE_STORAGE
	}

	/** Whether the cause may go away by itself, so that another provider or a later try may do better. */
	default boolean isTransient() {
		return this instanceof Unreachable || this instanceof RateLimited || this instanceof ServerError
				|| this instanceof Timeout || this instanceof MalformedResponse;
	}
}
