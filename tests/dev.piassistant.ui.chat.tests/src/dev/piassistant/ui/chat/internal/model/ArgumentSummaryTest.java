package dev.piassistant.ui.chat.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A tool call's arguments as a collapsed card shows them, and in full. */
class ArgumentSummaryTest {

	@Test
	void namesEachArgumentWithItsValueOnOneLine() {
		assertEquals("path: src/Point.java, startLine: 3, recursive: true",
				ArgumentSummary.of("{\"path\":\"src/Point.java\",\"startLine\":3,\"recursive\":true}"));
	}

	@Test
	void longTextsAreCutAndLineBreaksFolded() {
		var summary = ArgumentSummary.of("{\"content\":\"public record Point(int x, int y) {\\n    public Point {\\n    }\\n}\"}");
		assertEquals("content: public record Point(int x, int y) { pub\u2026", summary);
	}

	@Test
	void listsAndObjectsAreCounted() {
		assertEquals("files: [3], options: {...}", ArgumentSummary.of("{\"files\":[\"a\",\"b\",\"c\"],\"options\":{\"x\":1}}"));
	}

	@Test
	void malformedArgumentsAreShownAsTheModelSentThem() {
		assertEquals("{\"path\": \"src/Po", ArgumentSummary.of("{\"path\": \"src/Po"));
		assertEquals("{\"path\": \"src/Po", ArgumentSummary.full("{\"path\": \"src/Po"));
	}

	@Test
	void theLineStaysShort() {
		var many = new StringBuilder("{");
		for (int i = 0; i < 30; i++) {
			many.append(i == 0 ? "" : ",").append("\"argument").append(i).append("\":").append(i);
		}
		var summary = ArgumentSummary.of(many.append("}").toString());
		assertEquals(ArgumentSummary.MAX_LINE, summary.length());
		assertTrue(summary.endsWith("\u2026"));
	}

	@Test
	void theFullFormPutsEachArgumentOnItsLineAndTextsAsTheyAre() {
		var full = ArgumentSummary.full("{\"path\":\"src/Point.java\",\"content\":\"record Point(int x) {\\n}\\n\",\"line\":3,"
				+ "\"flags\":[\"a\"]}").replace("\r", "");
		assertEquals("path: src/Point.java\ncontent:\nrecord Point(int x) {\n}\nline: 3\nflags:\n[ \"a\" ]", full);
	}
}
