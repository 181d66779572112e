package dev.piassistant.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes HTTP/1.1 responses. Every response says {@code Connection: close}: one exchange per connection keeps
 * the server simple and lets a test read "the client closed the socket" as "the client hung up".
 */
final class ResponseWriter {

	private final OutputStream out;

	ResponseWriter(OutputStream out) {
		this.out = out;
	}

	void continueInterim() throws IOException {
		write("HTTP/1.1 100 Continue\r\n\r\n");
		out.flush();
	}

	/** A complete answer with a Content-Length. */
	void fixed(int status, Map<String, String> headers, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		head(status, headers, "Content-Length: " + bytes.length);
		out.write(bytes);
		out.flush();
	}

	/** Promises the whole body in Content-Length but sends only its first half; the caller then closes. */
	void fixedButCutShort(int status, Map<String, String> headers, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		head(status, headers, "Content-Length: " + bytes.length);
		out.write(bytes, 0, bytes.length / 2);
		out.flush();
	}

	void startChunked(int status, Map<String, String> headers) throws IOException {
		head(status, headers, "Transfer-Encoding: chunked");
		out.flush();
	}

	/** One HTTP chunk, flushed at once so that the client sees each event as it is "generated". */
	void chunk(String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (bytes.length == 0) {
			return; // an empty chunk would end the body
		}
		write(Integer.toHexString(bytes.length) + "\r\n");
		out.write(bytes);
		write("\r\n");
		out.flush();
	}

	void endChunked() throws IOException {
		write("0\r\n\r\n");
		out.flush();
	}

	private void head(int status, Map<String, String> headers, String framing) throws IOException {
		var head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		head.append(framing).append("\r\nConnection: close\r\n\r\n");
		write(head.toString());
	}

	private void write(String ascii) throws IOException {
		out.write(ascii.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static String reason(int status) {
		return switch (status) {
		case 200 -> "OK";
		case 400 -> "Bad Request";
		case 401 -> "Unauthorized";
		case 403 -> "Forbidden";
		case 404 -> "Not Found";
		case 408 -> "Request Timeout";
		case 429 -> "Too Many Requests";
		case 500 -> "Internal Server Error";
		case 502 -> "Bad Gateway";
		case 503 -> "Service Unavailable";
		case 529 -> "Overloaded";
		default -> "Status " + status;
		};
	}
}
