package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.core.event.AssistantMessageCancelled;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.TaskCancelled;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.chat.internal.cards.MessageView;
import dev.piassistant.ui.chat.internal.cards.OutcomeCard;

/** The Agent view streams answers, stops them on request, and shows a conversation again after reopening. */
@ExtendWith(FailOnLoggedErrors.class)
class AgentViewStreamingTest {

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
	void anAnswerStreamsIntoTheViewAsMarkdownWithItsTokenCounts() {
		fixture.server.enqueue(Reply.openAiStream("Use a ", "**record**:\n\n", "```java\n", "record Point(int x, int y) {}\n", "```\n")
				.delay(Duration.ofMillis(150)).usage(12, 9));
		var seen = new LinkedHashSet<String>();
		try (var probe = new Responsiveness(Display.getCurrent())) {
			fixture.send("How do I model a point?");
			Ui.spinUntil("the answer completes", () -> {
				var last = fixture.lastMessage();
				if (last != null && last.author() == MessageView.Author.ASSISTANT) {
					seen.add(last.text());
				}
				return fixture.messages().size() == 2 && fixture.idle() && !fixture.cards(OutcomeCard.class).isEmpty();
			});
			assertTrue(probe.worstWait().toMillis() < 500, "the UI thread kept up: " + probe.report());
		}
		var question = fixture.messages().get(0);
		var answer = fixture.messages().get(1);
		assertEquals("How do I model a point?", question.text());
		assertEquals("Use a **record**:\n\n```java\nrecord Point(int x, int y) {}\n```\n", answer.text());
		assertTrue(seen.stream().anyMatch(text -> !text.isEmpty() && text.length() < answer.text().length()),
				"text appeared before the answer was complete: " + seen);
		var shown = answer.body().getText();
		assertTrue(shown.startsWith("Use a record") && !shown.contains("```") && !shown.contains("**"), shown);
		var code = answer.codeBlocks().get(0);
		assertEquals("record Point(int x, int y) {}", code.code().getText());
		assertEquals("java", code.language());
		assertEquals(JFaceResources.getTextFont(), code.code().getFont(), "code is shown in the text font");
		assertTrue(answer.footerText().contains("12 in / 9 out tokens"), answer.footerText());
		assertTrue(fixture.panel().statusText().contains("21 tokens"), fixture.panel().statusText());
		assertEquals("", fixture.panel().composer().input().getText(), "the sent message left the input box");
	}

	@Test
	void stopEndsTheStreamWithinASecondAndKeepsWhatArrived() {
		var words = Collections.nCopies(80, "word ").toArray(String[]::new);
		fixture.server.enqueue(Reply.openAiStream(words).delay(Duration.ofMillis(200)));
		fixture.send("Write a long essay");
		Ui.spinUntil("the first words arrive",
				() -> fixture.messages().size() == 2 && !fixture.lastMessage().text().isEmpty());
		long pressed = System.nanoTime();
		fixture.pressStop();
		Ui.spinUntil("the view shows the answer as stopped", () -> fixture.idle() && fixture.lastMessage().noteText().startsWith("Stopped"));
		var stopTime = Duration.ofNanos(System.nanoTime() - pressed);
		assertTrue(stopTime.toMillis() < 1000, "stopped in " + stopTime.toMillis() + " ms");
		assertTrue(fixture.lastChatRequest().awaitClientDisconnect(Duration.ofSeconds(1)), "the connection to the server was closed");
		var shown = fixture.lastMessage().text();
		assertNotes(fixture.lastMessage());
		assertTrue(fixture.panel().composer().input().isFocusControl(), "the composer has the focus back for the next message");
		Ui.spin(Duration.ofMillis(600));
		assertEquals(shown, fixture.lastMessage().text(), "nothing arrives after Stop");
		var session = fixture.panel().session().orElseThrow();
		var history = fixture.agent.history(session);
		var cancelled = history.stream().filter(AssistantMessageCancelled.class::isInstance).findFirst().orElseThrow();
		assertEquals(shown, ((AssistantMessageCancelled) cancelled).partialText(), "the event log keeps exactly what the user saw");
		assertInstanceOf(TaskCancelled.class, history.get(history.size() - 1), "the task ended as stopped");
		assertTrue(fixture.last(OutcomeCard.class).lineText().startsWith("Stopped"), fixture.last(OutcomeCard.class).lineText());
	}

	@Test
	void theViewFollowsTheNewestTextUntilTheUserScrollsUpToRead() {
		var words = Collections.nCopies(400, "word ").toArray(String[]::new);
		fixture.server.enqueue(Reply.openAiStream(words).delay(Duration.ofMillis(15)));
		fixture.send("Write a long essay");
		var transcript = fixture.panel().transcript();
		var scroller = (org.eclipse.swt.custom.ScrolledComposite) transcript.control();
		// Well past the view's end: a view scrolled by less than a line or so still counts as showing the end.
		Ui.spinUntil("the answer outgrows the view", () -> scroller.getOrigin().y > 100);
		assertTrue(transcript.isAtEnd(), "the newest text is in view while it arrives");
		var bar = scroller.getVerticalBar();
		bar.setSelection(0);
		bar.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		var shown = fixture.lastMessage().text().length();
		Ui.spinUntil("more text arrives", () -> fixture.lastMessage().text().length() > shown + 100);
		assertEquals(0, scroller.getOrigin().y, "what the user scrolled up to read stays put");
		Ui.spinUntil("the answer ends", fixture::idle);
		assertEquals(0, scroller.getOrigin().y);
	}

	@Test
	void theConversationIsLoggedAndShownAgainAfterTheViewIsReopened() throws Exception {
		fixture.server.enqueue(Reply.openAiStream("First answer."), Reply.openAiStream("Second ", "answer."));
		fixture.converse("First question");
		fixture.converse("Second question");
		var session = fixture.panel().session().orElseThrow();
		var before = texts();
		fixture.hide();
		Ui.spin(Duration.ofMillis(200));
		fixture.open();
		Ui.spinUntil("the reopened view shows the conversation", () -> fixture.messages().size() == 4);
		assertEquals(before, texts());
		assertEquals(2, fixture.cards(OutcomeCard.class).size(), "each task's end is shown again");
		assertEquals(session, fixture.panel().session().orElseThrow(), "the same session is shown");
		var history = fixture.agent.history(session);
		assertEquals(2, history.stream().filter(UserMessageSent.class::isInstance).count());
		assertEquals("Second answer.", history.stream().filter(AssistantMessageCompleted.class::isInstance)
				.map(event -> ((AssistantMessageCompleted) event).text()).reduce((first, second) -> second).orElseThrow());
	}

	private java.util.List<String> texts() {
		var texts = new ArrayList<String>();
		fixture.messages().forEach(message -> texts.add(message.author() + ": " + message.text()));
		return texts;
	}

	@Test
	void aNewChatStartsEmptyAndTheNextMessageOpensANewSession() {
		fixture.server.enqueue(Reply.openAiStream("one"), Reply.openAiStream("two"));
		fixture.converse("in the first chat");
		var first = fixture.panel().session().orElseThrow();
		fixture.panel().newChat();
		Ui.spin(Duration.ofMillis(100));
		assertEquals(0, fixture.messages().size());
		fixture.converse("in the second chat");
		var second = fixture.panel().session().orElseThrow();
		assertTrue(!first.equals(second));
		var sent = fixture.server.requests().stream().filter(r -> r.method().equals("POST")).toList();
		assertEquals(2, sent.get(1).bodyJson().path("messages").size(), "the new chat does not carry the old one: system + user");
	}

	/** A note about how an answer ended is Pi Assistant's, not the model's: in its own italic box, and true. */
	private static void assertNotes(dev.piassistant.ui.chat.internal.cards.MessageView answer) {
		var note = answer.note();
		assertTrue(note.isVisible(), "the note is shown");
		assertEquals("Stopped before the answer was complete: the text above is all that had arrived.", answer.noteText());
		assertFalse(answer.text().contains("Stopped"), "the note is not part of the answer's text");
		assertTrue((note.getFont().getFontData()[0].getStyle() & org.eclipse.swt.SWT.ITALIC) != 0, "the note is italic");
		assertNotEquals(answer.body().getBackground().getRGB(), note.getBackground().getRGB(), "the note has its own tint");
	}
}
