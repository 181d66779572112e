package dev.piassistant.core.llm;

/**
 * Why a provider could not answer, as a closed set the UI can explain and the event log can keep. Every
 * error carries a sentence for the user ({@link #message()}) and what they can do about it ({@link #hint()}).
 */
public sealed interface ProviderError {

	/** What went wrong, in one sentence a user understands. */
	String message();

	/** What the user can do about it. */
	String hint();

	String PROVIDERS_PAGE = "Preferences > Pi Assistant > Providers";

	/** The server could not be connected to at all. */
	record Unreachable(String url, String detail) implements ProviderError {
		@Override
		public String message() {
			return "Cannot reach the model server at " + url + " (" + detail + ").";
		}

		@Override
		public String hint() {
			return "Check that the server is running and that the base URL in " + PROVIDERS_PAGE + " is right.";
		}
	}

	/** The provider refused the credentials (HTTP 401 or 403). */
	record Unauthorized(int status, String detail) implements ProviderError {
		@Override
		public String message() {
			return "The provider refused the API key (HTTP " + status + ")" + Details.suffix(detail);
		}

		@Override
		public String hint() {
			return "Check the API key for this provider in " + PROVIDERS_PAGE + ".";
		}
	}

	/**
	 * The provider is throttling (HTTP 429).
	 *
	 * @param retryAfterSeconds what the server's Retry-After header asked for, or -1 when it sent none
	 */
	record RateLimited(long retryAfterSeconds, String detail) implements ProviderError {
		@Override
		public String message() {
			var when = retryAfterSeconds >= 0 ? " and asks to retry after " + retryAfterSeconds + " s" : "";
			return "The provider is rate limiting requests (HTTP 429)" + when + Details.suffix(detail);
		}

		@Override
		public String hint() {
			return retryAfterSeconds >= 0 ? "Send again in " + retryAfterSeconds + " s, or pick another model."
					: "Wait a moment and send again, or pick another model.";
		}
	}

	/** The server failed (HTTP 5xx). */
	record ServerError(int status, String detail) implements ProviderError {
		@Override
		public String message() {
			return "The model server failed (HTTP " + status + ")" + Details.suffix(detail);
		}

		@Override
		public String hint() {
			return "This is a problem on the server's side. Send again later, or pick another provider.";
		}
	}

	/** The provider does not serve the requested model (HTTP 404). */
	record ModelNotFound(String model, String detail) implements ProviderError {
		@Override
		public String message() {
			return "The provider does not know the model '" + model + "'" + Details.suffix(detail);
		}

		@Override
		public String hint() {
			return "Pick one of the provider's models in the Agent view's model list.";
		}
	}

	/** The provider rejected the request itself (HTTP 400, 413, 422...). */
	record BadRequest(int status, String detail) implements ProviderError {
		@Override
		public String message() {
			return "The provider rejected the request (HTTP " + status + ")" + Details.suffix(detail);
		}

		@Override
		public String hint() {
			return "The conversation may be too long for the model, or the provider kind may be wrong. Start a new chat or check the provider.";
		}
	}

	/** The answer could not be read: not the expected format, or the stream broke off. */
	record MalformedResponse(String detail) implements ProviderError {
		@Override
		public String message() {
			return "The model's answer could not be read: " + detail + (detail.endsWith(".") ? "" : ".");
		}

		@Override
		public String hint() {
			return "Send again. If it keeps happening, check that the provider kind in " + PROVIDERS_PAGE
					+ " matches the server.";
		}
	}

	/** The server stopped answering within the allowed time. */
	record Timeout(long seconds, String detail) implements ProviderError {
		@Override
		public String message() {
			return "The model server did not answer within " + seconds + " s" + Details.suffix(detail);
		}

		@Override
		public String hint() {
			return "The model may still be loading. Send again in a moment.";
		}
	}

	/** Nothing to send to: no provider, no model, or no key where one is required. */
	record NotConfigured(String detail) implements ProviderError {
		@Override
		public String message() {
			return detail;
		}

		@Override
		public String hint() {
			return "Connect a model server in " + PROVIDERS_PAGE + ".";
		}
	}

	/** Anything else; the detail says what. */
	record Unexpected(String detail) implements ProviderError {
		@Override
		public String message() {
			return "The request to the model failed: " + detail;
		}

		@Override
		public String hint() {
			return "Send again. The error log (Window > Show View > Error Log) may say more.";
		}
	}
}
