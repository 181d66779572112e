package dev.piassistant.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads one HTTP/1.1 request: request line, headers, then a Content-Length or chunked body. */
final class RequestReader {

	/** The request line and headers, read before the body so that a 100 Continue can go out in between. */
	record Head(String method, String target, Map<String, String> headers) {

		boolean expectsContinue() {
			return "100-continue".equalsIgnoreCase(headers.getOrDefault("expect", ""));
		}
	}

	/** The bytes are not an HTTP request; the server answers 400. */
	static final class MalformedRequestException extends IOException {
		private static final long serialVersionUID = 1L;

		MalformedRequestException(String message) {
			super(message);
		}
	}

	private static final int MAX_LINE_BYTES = 64 * 1024;
	private static final int MAX_HEADERS = 200;

	private final InputStream in;

	RequestReader(InputStream in) {
		this.in = in;
	}

	/** The head of the request, or null when the client closed without sending one. */
	Head readHead() throws IOException {
		String requestLine = readLine();
		if (requestLine == null) {
			return null;
		}
		String[] parts = requestLine.split(" ");
		if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
			throw new MalformedRequestException("not an HTTP/1.x request line: " + requestLine);
		}
		return new Head(parts[0], parts[1], readHeaders());
	}

	private Map<String, String> readHeaders() throws IOException {
		var headers = new LinkedHashMap<String, String>();
		for (String line = requireLine(); !line.isEmpty(); line = requireLine()) {
			int colon = line.indexOf(':');
			if (colon <= 0 || headers.size() > MAX_HEADERS) {
				throw new MalformedRequestException("bad header line: " + line);
			}
			String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			headers.merge(name, line.substring(colon + 1).trim(), (first, next) -> first + ", " + next);
		}
		return headers;
	}

	/** The body as UTF-8 text; empty when the request announces none. */
	String readBody(Head head) throws IOException {
		String encoding = head.headers().getOrDefault("transfer-encoding", "");
		if (encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
			return new String(readChunkedBody(), StandardCharsets.UTF_8);
		}
		String length = head.headers().get("content-length");
		return length == null ? "" : new String(readExactly(parseLength(length)), StandardCharsets.UTF_8);
	}

	private byte[] readChunkedBody() throws IOException {
		var body = new ByteArrayOutputStream();
		for (int size = chunkSize(requireLine()); size > 0; size = chunkSize(requireLine())) {
			body.write(readExactly(size));
			requireLine(); // the CRLF that closes each chunk
		}
		while (!requireLine().isEmpty()) {
			// trailer fields: nothing a test needs
		}
		return body.toByteArray();
	}

	private static int chunkSize(String line) throws MalformedRequestException {
		int extension = line.indexOf(';');
		String hex = (extension < 0 ? line : line.substring(0, extension)).trim();
		try {
			return Integer.parseInt(hex, 16);
		} catch (NumberFormatException e) {
			throw new MalformedRequestException("bad chunk size: " + line);
		}
	}

	private static int parseLength(String value) throws MalformedRequestException {
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			throw new MalformedRequestException("bad Content-Length: " + value);
		}
	}

	private byte[] readExactly(int count) throws IOException {
		byte[] bytes = in.readNBytes(count);
		if (bytes.length < count) {
			throw new EOFException("body ended after " + bytes.length + " of " + count + " bytes");
		}
		return bytes;
	}

	private String requireLine() throws IOException {
		String line = readLine();
		if (line == null) {
			throw new EOFException("request ended early");
		}
		return line;
	}

	/** One line without its CRLF (a bare LF is accepted too); null at a clean end of the stream. */
	private String readLine() throws IOException {
		var line = new ByteArrayOutputStream();
		for (int b = in.read(); b != -1; b = in.read()) {
			if (b == '\n') {
				byte[] bytes = line.toByteArray();
				int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
				return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
			}
			if (line.size() >= MAX_LINE_BYTES) {
				throw new MalformedRequestException("line longer than " + MAX_LINE_BYTES + " bytes");
			}
			line.write(b);
		}
		if (line.size() == 0) {
			return null;
		}
		throw new EOFException("request ended mid-line");
	}
}
