package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.SessionSummary;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;

/**
 * Recent Chats keeps the user's chats in order: search finds a chat by a word of its title or of what was
 * said in it, Rename gives it a title of the user's, Delete takes it off the list (its events stay in the log).
 */
@ExtendWith(FailOnLoggedErrors.class)
class ChatHistoryTest {

	private AgentViewFixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void searchRenameAndDeleteChats() {
		var word = "w" + UUID.randomUUID().toString().substring(0, 8);
		fixture.server.enqueue(Reply.openAiStream("Use a sealed " + word + " interface."));
		fixture.converse("How do I model shapes?");
		var shapes = fixture.panel().session().orElseThrow();
		fixture.panel().newChat();
		fixture.server.enqueue(Reply.openAiStream("Streams are lazy."));
		fixture.converse("Are streams lazy? " + word.toUpperCase());
		var streams = fixture.panel().session().orElseThrow();

		assertEquals(List.of(streams, shapes), search(word), "a word of a message or an answer, in any case");
		assertEquals(List.of(shapes), search("SEALED " + word), "every word must be there");
		assertEquals(List.of(), search(word + "x"));

		fixture.panel().renameChat("  Lazy streams  ");
		Ui.spinUntil("the chat is renamed", () -> title(streams).equals("Lazy streams"));
		assertEquals(streams, fixture.agent.sessions().get(0).session(), "renaming keeps the chat's place");
		var menu = ChatDialogs.actions(fixture.view.getSite().getShell(), fixture.panel(), fixture.agent.sessions());
		assertTrue(menu.stream().allMatch(action -> action.isEnabled()), "rename and delete the chat shown");

		fixture.panel().deleteChat();
		Ui.spinUntil("the chat is deleted and a new empty one shown", () -> fixture.panel().session().isEmpty());
		assertTrue(fixture.agent.sessions().stream().noneMatch(summary -> summary.session().equals(streams)));
		assertTrue(fixture.cards().isEmpty());
		assertFalse(fixture.agent.history(streams).isEmpty(), "the log keeps what happened");
		assertEquals(List.of(shapes), search(word));
		menu = ChatDialogs.actions(fixture.view.getSite().getShell(), fixture.panel(), fixture.agent.sessions());
		assertFalse(menu.get(1).isEnabled() || menu.get(2).isEnabled(), "nothing to rename or delete in an empty chat");
	}

	private List<SessionId> search(String query) {
		var found = new AtomicReference<List<SessionSummary>>();
		fixture.panel().searchChats(query, found::set);
		Ui.spinUntil("the search ends", () -> found.get() != null);
		return new ArrayList<>(found.get().stream().map(SessionSummary::session).toList());
	}

	private String title(SessionId session) {
		return fixture.agent.sessions().stream().filter(summary -> summary.session().equals(session)).findFirst()
				.map(SessionSummary::title).orElse("");
	}
}
