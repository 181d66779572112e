package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.chat.internal.cards.OutcomeCard;

/**
 * A chat goes on after a turn that failed, was stopped or broke off, even with a model whose chat template
 * rejects two user messages in a row (Gemma, Mistral): the server here checks as such templates do.
 */
@ExtendWith(FailOnLoggedErrors.class)
class WellFormedHistoryTest {

	private AgentViewFixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
		fixture.server.strictTemplate();
		fixture.server.enqueue(Reply.openAiStream("An earlier answer."));
		assertEquals("", fixture.converse("An earlier question").problemText());
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	/** The next message is answered, and what the user saw of the broken turn is still in the view. */
	private void nextMessageSucceeds(int messagesBefore) {
		fixture.server.enqueue(Reply.openAiStream("Answered."));
		var outcome = fixture.converse("And now?");
		assertEquals("", outcome.problemText(), "the strict template accepted the history");
		assertEquals("Answered.", fixture.lastMessage().text());
		assertEquals(messagesBefore + 2, fixture.messages().size(), "the broken turn is still shown");
		var roles = fixture.lastChatRequest().bodyJson().path("messages").findValuesAsText("role");
		assertEquals("user", roles.get(roles.size() - 1), "the new question comes last");
		assertTrue(fixture.lastChatRequest().body().contains("An earlier answer."), "earlier exchanges are still sent");
		Ui.spinUntil("the status line tells the task is done", () -> !fixture.panel().statusText().contains("failed"));
	}

	@Test
	void afterAServerError() {
		fixture.server.enqueue(Reply.openAiError(500, "server_error", "internal", "model crashed"));
		var failed = fixture.converse("Crash?");
		assertTrue(failed.problemText().contains("HTTP 500"), failed.problemText());
		nextMessageSucceeds(fixture.messages().size());
	}

	@Test
	void afterAServerErrorTwice() {
		fixture.server.enqueue(Reply.openAiError(500, "server_error", "internal", "model crashed"),
				Reply.openAiError(500, "server_error", "internal", "model crashed"));
		fixture.converse("Crash?");
		fixture.converse("Crash?");
		nextMessageSucceeds(fixture.messages().size());
	}

	@Test
	void sendAgainAsksTheQuestionOnce() {
		fixture.server.enqueue(Reply.openAiError(500, "server_error", "internal", "model crashed"));
		var failed = fixture.converse("Crash?");
		fixture.server.enqueue(Reply.openAiStream("Answered at last."));
		Ui.click(link(failed.control(), "Send again"));
		Ui.spinUntil("the task sent again ends", () -> fixture.idle() && fixture.cards(OutcomeCard.class).size() == 3);
		assertEquals("Answered at last.", fixture.lastMessage().text());
		var sent = fixture.lastChatRequest().bodyJson().path("messages").findValuesAsText("content");
		assertEquals(1, sent.stream().filter("Crash?"::equals).count(), "the question once, not twice: " + sent);
		assertEquals(3, fixture.cards(dev.piassistant.ui.chat.internal.cards.UserMessageCard.class).size(),
				"the view still shows every question the user sent");
	}

	private static org.eclipse.swt.widgets.Link link(org.eclipse.swt.widgets.Control in, String text) {
		if (in instanceof org.eclipse.swt.widgets.Link link && link.getText().contains(text)) {
			return link;
		}
		if (in instanceof org.eclipse.swt.widgets.Composite composite) {
			for (var child : composite.getChildren()) {
				var found = link(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void afterStop() {
		var words = Collections.nCopies(80, "word ").toArray(String[]::new);
		fixture.server.enqueue(Reply.openAiStream(words).delay(Duration.ofMillis(150)));
		fixture.send("Write a long essay");
		Ui.spinUntil("the first words arrive", () -> fixture.messages().size() == 4 && !fixture.lastMessage().text().isEmpty());
		fixture.pressStop();
		Ui.spinUntil("the task ends", () -> fixture.idle() && fixture.cards(OutcomeCard.class).size() == 2);
		nextMessageSucceeds(fixture.messages().size());
	}

	@Test
	void afterStopBeforeAnyText() {
		fixture.server.enqueue(Reply.openAiStream("late").delay(Duration.ofSeconds(5)));
		fixture.send("Slow?");
		Ui.spinUntil("the request reaches the server", () -> fixture.chatRequests() == 2);
		fixture.pressStop();
		Ui.spinUntil("the task ends", () -> fixture.idle() && fixture.cards(OutcomeCard.class).size() == 2);
		nextMessageSucceeds(fixture.messages().size());
	}

	@Test
	void afterACutStream() {
		fixture.server.enqueue(Reply.truncatedStream("Cut ", "short"));
		fixture.converse("Stream something");
		nextMessageSucceeds(fixture.messages().size());
	}
}
