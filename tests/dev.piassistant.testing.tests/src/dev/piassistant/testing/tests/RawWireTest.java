package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.piassistant.testing.Reply;
import dev.piassistant.testing.ScriptedModelServer;

/** The bytes on the wire, read without an HTTP client that would hide framing mistakes. */
@Timeout(30)
class RawWireTest {

	private final ScriptedModelServer server = ScriptedModelServer.start();

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void anH2cUpgradeIsIgnoredAndStreamsAreChunkedOneEventPerChunk() throws Exception {
		server.enqueue(Reply.rawStream("text/event-stream", "data: 1\n\n", "data: 2\n\n"));
		String response = exchange(post("Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
				+ "HTTP2-Settings: AAEAAEAAAAIAAAAA\r\n", "{}"));

		String head = head(response);
		assertTrue(head.startsWith("HTTP/1.1 200 OK\r\n"), head);
		assertTrue(head.contains("\r\nTransfer-Encoding: chunked\r\n"), head);
		assertTrue(head.contains("\r\nConnection: close\r\n"), head);
		assertEquals(List.of("data: 1\n\n", "data: 2\n\n"), chunks(response.substring(head.length())));
	}

	@Test
	void fixedBodiesCarryTheirExactLength() throws Exception {
		server.enqueue(Reply.status(418, "{\"é\":1}"));
		String response = exchange(post("", "{}"));

		String head = head(response);
		assertTrue(head.startsWith("HTTP/1.1 418 "), head);
		assertTrue(head.contains("\r\nContent-Length: 8\r\n"), "é is two bytes in UTF-8: " + head);
		assertEquals("{\"é\":1}", response.substring(head.length()));
	}

	@Test
	void expectContinueGetsTheInterimAnswerBeforeTheBodyIsSent() throws Exception {
		server.enqueue(Reply.openAiJson("ok"));
		try (var socket = new Socket("127.0.0.1", server.port())) {
			socket.setSoTimeout(5000);
			var out = socket.getOutputStream();
			out.write(ascii("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
					+ "Content-Length: 2\r\n\r\n"));
			out.flush();
			String interim = "HTTP/1.1 100 Continue\r\n\r\n";
			byte[] answer = socket.getInputStream().readNBytes(interim.length());
			assertEquals(interim, new String(answer, StandardCharsets.ISO_8859_1));
			out.write(ascii("{}"));
			out.flush();
			assertTrue(readAll(socket.getInputStream()).startsWith("HTTP/1.1 200 OK\r\n"));
		}
	}

	@Test
	void garbageGetsA400AndTheServerCarriesOn() throws Exception {
		assertTrue(exchange("hello there\r\n\r\n").startsWith("HTTP/1.1 400 "));
		assertEquals(404, Http.get(server, "/nowhere").statusCode());
	}

	private static String post(String extraHeaders, String body) {
		return "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders
				+ "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
	}

	/** Sends the request and reads the whole answer; the server closes after each exchange. */
	private String exchange(String request) throws IOException {
		try (var socket = new Socket("127.0.0.1", server.port())) {
			socket.setSoTimeout(5000);
			socket.getOutputStream().write(ascii(request));
			socket.getOutputStream().flush();
			return readAll(socket.getInputStream());
		}
	}

	private static String readAll(InputStream in) throws IOException {
		var bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static String head(String response) {
		int end = response.indexOf("\r\n\r\n");
		assertTrue(end > 0, "no end of headers: " + response);
		return response.substring(0, end + 4);
	}

	/** Splits a chunked body, checking every size line, and requires the terminating zero chunk. */
	private static List<String> chunks(String body) {
		var chunks = new ArrayList<String>();
		int at = 0;
		while (true) {
			int lineEnd = body.indexOf("\r\n", at);
			int size = Integer.parseInt(body.substring(at, lineEnd), 16);
			if (size == 0) {
				assertEquals("\r\n", body.substring(lineEnd + 2), "nothing may follow the last chunk");
				return chunks;
			}
			chunks.add(body.substring(lineEnd + 2, lineEnd + 2 + size));
			assertEquals("\r\n", body.substring(lineEnd + 2 + size, lineEnd + 4 + size));
			at = lineEnd + 4 + size;
		}
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}
}
