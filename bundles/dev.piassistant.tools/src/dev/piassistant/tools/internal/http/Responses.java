package dev.piassistant.tools.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.OptionalLong;

import dev.piassistant.core.tool.ToolResult;

/** What the model is told of a response: status, the headers that matter, the body within the cap. */
final class Responses {

	private static final java.util.List<String> SHOWN_HEADERS = java.util.List.of("content-type", "content-length", "location",
			"retry-after", "etag", "last-modified");

	private Responses() {
	}

	static ToolResult describe(HttpResponse<InputStream> response, int maxBytes, int retries, OptionalLong wait) throws IOException {
		var text = new StringBuilder("HTTP ").append(response.statusCode()).append('\n');
		for (var name : SHOWN_HEADERS) {
			response.headers().firstValue(name).ifPresent(value -> text.append(name).append(": ").append(value).append('\n'));
		}
		if (retries > 0) {
			text.append("(answered after ").append(retries).append(retries == 1 ? " retry" : " retries")
					.append(" the server asked for with Retry-After)\n");
		}
		var location = response.headers().firstValue("location");
		if (response.statusCode() / 100 == 3 && location.isPresent()) {
			text.append("The server redirects to ").append(response.uri().resolve(location.get()))
					.append(". Redirects are not followed: request that URL if it is the one you want.\n");
		}
		if ((response.statusCode() == 429 || response.statusCode() == 503) && wait.isPresent()
				&& wait.getAsLong() > HttpTool.LONGEST_WAIT_SECONDS) {
			text.append("The server asks to wait ").append(wait.getAsLong()).append(" s before trying again.\n");
		}
		try (var body = response.body()) {
			var bytes = body.readNBytes(maxBytes);
			var more = body.read() >= 0;
			text.append('\n').append(HttpTool.decode(bytes));
			if (more) {
				text.append("\n[The body was cut at ").append(maxBytes).append(" bytes: raise maxBytes, or ask for less (a range, a page).]");
			}
		}
		var ok = response.statusCode() < 400;
		return ok ? ToolResult.ok(text.toString()) : ToolResult.error(text.toString());
	}
}
