package dev.piassistant.testing;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request as the {@link ScriptedModelServer} received it.
 *
 * @param method   HTTP method, e.g. {@code POST}
 * @param path     request target as sent, query included
 * @param headers  headers by lower-case name; repeated headers joined with {@code ", "}
 * @param body     the body decoded as UTF-8 (de-chunked), empty when there was none
 * @param exchange what happened on the wire while the server answered
 */
public record RecordedRequest(String method, String path, Map<String, String> headers, String body,
		Exchange exchange) {

	public RecordedRequest {
		headers = Map.copyOf(headers);
	}

	/** A header by case-insensitive name, or null. */
	public String header(String name) {
		return headers.get(name.toLowerCase(Locale.ROOT));
	}

	/** The body parsed as JSON; throws IllegalArgumentException when it is not JSON. */
	public JsonNode bodyJson() {
		return Json.read(body);
	}

	/** See {@link Exchange#clientDisconnected()}. */
	public boolean clientDisconnected() {
		return exchange.clientDisconnected();
	}

	/** See {@link Exchange#awaitClientDisconnect(Duration)}. */
	public boolean awaitClientDisconnect(Duration timeout) {
		return exchange.awaitClientDisconnect(timeout);
	}
}
