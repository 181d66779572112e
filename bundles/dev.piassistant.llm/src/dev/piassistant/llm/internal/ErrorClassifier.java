package dev.piassistant.llm.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.exception.HttpException;
import dev.piassistant.core.llm.ProviderError;

/**
 * Turns whatever a provider call threw into one of the {@link ProviderError}s a user can act on. Details are
 * the provider's own words where it sent some, else a terse technical note for the log; never user text.
 */
final class ErrorClassifier {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String url;
	private final String model;
	private final long headersTimeoutSeconds;

	ErrorClassifier(String url, String model, long headersTimeoutSeconds) {
		this.url = url;
		this.model = model;
		this.headersTimeoutSeconds = headersTimeoutSeconds;
	}

	ProviderError classify(Throwable error) {
		var http = find(error, HttpException.class);
		if (http.isPresent()) {
			return fromStatus(http.get());
		}
		var idle = find(error, StreamIdleTimeoutException.class);
		if (idle.isPresent()) {
			return new ProviderError.Timeout(idle.get().idle().toSeconds(), "no data while streaming");
		}
		if (has(error, HttpConnectTimeoutException.class)) {
			return new ProviderError.Unreachable(url, "connect timed out");
		}
		if (has(error, HttpTimeoutException.class)) {
			return new ProviderError.Timeout(headersTimeoutSeconds, "no response headers");
		}
		if (has(error, ConnectException.class)) {
			return new ProviderError.Unreachable(url, "connection refused");
		}
		if (has(error, UnknownHostException.class) || has(error, UnresolvedAddressException.class)) {
			return new ProviderError.Unreachable(url, "unknown host");
		}
		if (has(error, JacksonException.class)) {
			return new ProviderError.MalformedResponse("invalid JSON");
		}
		return find(error, IOException.class).map(this::fromIo).orElseGet(() -> new ProviderError.Unexpected(describe(error)));
	}

	private ProviderError fromStatus(HttpException http) {
		var body = http instanceof ProviderHttpException ours ? ours.body() : http.getMessage();
		var detail = detailOf(body);
		int status = http.statusCode();
		if (status == 401 || status == 403) {
			return new ProviderError.Unauthorized(status, detail);
		}
		if (status == 404) {
			return new ProviderError.ModelNotFound(model, detail);
		}
		if (status == 429) {
			return new ProviderError.RateLimited(retryAfter(http), detail);
		}
		if (status >= 500) {
			return new ProviderError.ServerError(status, detail);
		}
		if (status >= 400) {
			return new ProviderError.BadRequest(status, detail);
		}
		return new ProviderError.Unexpected("HTTP " + status + ": " + detail);
	}

	private ProviderError fromIo(IOException io) {
		var message = String.valueOf(io.getMessage()).toLowerCase();
		if (message.contains("header parser received no bytes") || message.contains("connection reset")) {
			return new ProviderError.Unreachable(url, "connection closed without a response");
		}
		return new ProviderError.MalformedResponse("connection broke off: " + io.getMessage());
	}

	private static long retryAfter(HttpException http) {
		if (!(http instanceof ProviderHttpException ours)) {
			return -1;
		}
		return ours.header("Retry-After").map(String::strip).map(ErrorClassifier::seconds).orElse(-1L);
	}

	private static long seconds(String value) {
		try {
			return (long) Math.ceil(Double.parseDouble(value));
		} catch (NumberFormatException e) {
			return -1; // An HTTP date: rare from model servers; treat as "not said".
		}
	}

	/** The provider's own explanation, from the usual JSON error shapes, else the raw body. */
	static String detailOf(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		try {
			var json = JSON.readTree(body);
			return firstText(json.path("error").path("message"), json.path("error"), json.path("message"),
					json.path("detail")).orElse(body.strip());
		} catch (IOException e) {
			return body.strip();
		}
	}

	private static Optional<String> firstText(JsonNode... candidates) {
		for (var node : candidates) {
			if (node.isTextual() && !node.asText().isBlank()) {
				return Optional.of(node.asText());
			}
		}
		return Optional.empty();
	}

	private static boolean has(Throwable error, Class<? extends Throwable> type) {
		return find(error, type).isPresent();
	}

	private static <T> Optional<T> find(Throwable error, Class<T> type) {
		for (var cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return Optional.of(type.cast(cause));
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return Optional.empty();
	}

	private static String describe(Throwable error) {
		var message = error.getMessage();
		return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}
}
