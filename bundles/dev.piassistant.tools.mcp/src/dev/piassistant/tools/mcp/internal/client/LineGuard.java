package dev.piassistant.tools.mcp.internal.client;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;

/**
 * The JSON mapper a stdio transport reads the server's lines with, guarding the session against a line that is
 * not a JSON-RPC message: the SDK would end the session over it, losing every call in flight. Such a line is
 * written to the server's log and read as a notification nobody handles instead, so the session goes on and the
 * answers that follow it arrive.
 */
final class LineGuard implements McpJsonMapper {

	/** What a malformed line is read as: a notification the client ignores. */
	static final String IGNORED = "notifications/pi/malformed_line";
	private static final int SHOWN = 200;

	private final McpJsonMapper delegate;
	private final LogLines log;

	LineGuard(McpJsonMapper delegate, LogLines log) {
		this.delegate = delegate;
		this.log = log;
	}

	@Override
	public <T> T readValue(String content, TypeRef<T> type) throws IOException {
		try {
			var value = delegate.readValue(content, type);
			if (value instanceof Map<?, ?> map && !map.containsKey("method") && !map.containsKey("result") && !map.containsKey("error")) {
				return ignored(content, "JSON, but not a JSON-RPC request, notification or response");
			}
			return value;
		} catch (IOException | RuntimeException e) {
			return ignored(content, "not valid JSON");
		}
	}

	@SuppressWarnings("unchecked")
	private <T> T ignored(String content, String why) {
		var shown = content.length() > SHOWN ? content.substring(0, SHOWN) + "..." : content;
		log.add("[pi] ignored a line from the server that is " + why + ": " + shown);
		var notification = new HashMap<String, Object>();
		notification.put("jsonrpc", "2.0");
		notification.put("method", IGNORED);
		return (T) notification;
	}

	@Override
	public <T> T readValue(String content, Class<T> type) throws IOException {
		return delegate.readValue(content, type);
	}

	@Override
	public <T> T readValue(byte[] content, Class<T> type) throws IOException {
		return delegate.readValue(content, type);
	}

	@Override
	public <T> T readValue(byte[] content, TypeRef<T> type) throws IOException {
		return delegate.readValue(content, type);
	}

	@Override
	public <T> T convertValue(Object value, Class<T> type) {
		return delegate.convertValue(value, type);
	}

	@Override
	public <T> T convertValue(Object value, TypeRef<T> type) {
		return delegate.convertValue(value, type);
	}

	@Override
	public String writeValueAsString(Object value) throws IOException {
		return delegate.writeValueAsString(value);
	}

	@Override
	public byte[] writeValueAsBytes(Object value) throws IOException {
		return delegate.writeValueAsBytes(value);
	}
}
