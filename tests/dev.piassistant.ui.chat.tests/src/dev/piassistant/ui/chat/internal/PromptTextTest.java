package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An MCP prompt's text, as the MCP service gives it, becomes the message the user sends. */
class PromptTextTest {

	@Test
	void oneUserMessageIsSentAsIfTyped() {
		assertEquals("What's weather in Lisbon?", PromptText.message("[user]\nWhat's weather in Lisbon?\n"));
		assertEquals("Review this diff.\n\nBe brief.",
				PromptText.message("Asks for a review\n\n[user]\nReview this diff.\n\nBe brief."),
				"the prompt's own description is not part of the message");
	}

	@Test
	void aConversationKeepsWhoSaysWhat() {
		var conversation = "[user]\nHello\n\n[assistant]\nHi, what shall we review?\n\n[user]\nThe parser.";
		assertEquals(conversation, PromptText.message(conversation + "\n"));
	}
}
