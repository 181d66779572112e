package dev.piassistant.testing.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One server-sent event, parsed strictly so that framing mistakes fail the test. */
record SseEvent(String event, String data) {

	JsonNode json() throws IOException {
		return Http.json(data);
	}

	/** Events separated by blank lines, each of optional {@code event:} and one {@code data:} line. */
	static List<SseEvent> parseAll(String body) {
		assertTrue(body.endsWith("\n\n"), "the last event must be terminated by a blank line: " + body);
		var events = new ArrayList<SseEvent>();
		for (String block : body.substring(0, body.length() - 2).split("\n\n", -1)) {
			events.add(parseBlock(block));
		}
		return events;
	}

	private static SseEvent parseBlock(String block) {
		String event = null;
		String data = null;
		for (String line : block.split("\n", -1)) {
			if (line.startsWith("event: ") && event == null && data == null) {
				event = line.substring("event: ".length());
			} else if (line.startsWith("data: ") && data == null) {
				data = line.substring("data: ".length());
			} else {
				fail("unexpected line in SSE event: [" + line + "] in block [" + block + "]");
			}
		}
		assertTrue(data != null, "event without data: " + block);
		return new SseEvent(event, data);
	}
}
