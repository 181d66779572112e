package dev.piassistant.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fixed answer with any status, typically a provider error. The body is sent as {@code application/json}
 * unless a {@code Content-Type} header says otherwise.
 *
 * @param code    HTTP status code
 * @param body    response body (may be empty)
 * @param headers extra response headers, in the order added
 */
public record StatusReply(int code, String body, Map<String, String> headers) implements Reply {

	public StatusReply {
		if (code < 100 || code > 599) {
			throw new IllegalArgumentException("not an HTTP status: " + code);
		}
		Objects.requireNonNull(body, "body");
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	static StatusReply of(int code, String body) {
		return new StatusReply(code, body, Map.of());
	}

	/** A copy with one more header, e.g. {@code Retry-After}. */
	public StatusReply header(String name, String value) {
		var more = new LinkedHashMap<>(headers);
		more.put(name, value);
		return new StatusReply(code, body, more);
	}
}
