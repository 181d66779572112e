package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.SessionSummary;

/** Recent Chats says when each chat was last active and marks the one shown. */
class RecentChatsTest {

	@Test
	void eachChatWithItsDateAndTheCurrentOneChecked() {
		var first = SessionId.random();
		var second = SessionId.random();
		var at = Instant.parse("2026-03-04T15:06:00Z");
		var sessions = List.of(new SessionSummary(first, "Fix the build & tests\nmore", at, at, 3),
				new SessionSummary(second, "", at, at.plusSeconds(60), 2));
		var opened = new ArrayList<SessionId>();
		var actions = RecentChats.actions(sessions, Optional.of(second), ZoneOffset.UTC, opened::add);
		assertEquals(2, actions.size());
		var label = actions.get(0).getText();
		assertTrue(label.startsWith("Fix the build && tests\t"), label);
		assertTrue(label.contains("2026") && label.contains(":06"), "the date and time it was last active: " + label);
		assertTrue(actions.get(1).getText().startsWith(second.value().substring(0, 8)), "an untitled chat by its id");
		assertFalse(actions.get(0).isChecked());
		assertTrue(actions.get(1).isChecked(), "the chat shown is checked");
		actions.get(0).run();
		assertEquals(List.of(first), opened);
	}
}
