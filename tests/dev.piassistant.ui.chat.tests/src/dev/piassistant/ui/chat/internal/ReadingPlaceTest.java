package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.chat.internal.cards.OutcomeCard;

/**
 * The view never loses the user's place: what they send and what they must read comes into view, the
 * stream is followed while they are at the bottom, and left alone (with "jump to latest") while they read
 * further up.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ReadingPlaceTest {

	private AgentViewFixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
		// Maximized, as someone reading a long chat might have it: tall enough to see a question and its answer.
		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPartState(page.getReference(fixture.view), IWorkbenchPage.STATE_MAXIMIZED);
		Ui.spin(Duration.ofMillis(100));
		var lines = Collections.nCopies(120, "A line of a long earlier answer.\n\n").toArray(String[]::new);
		fixture.server.enqueue(Reply.openAiStream(lines));
		fixture.converse("Tell me a lot");
		assertTrue(scroller().getVerticalBar().getMaximum() > 2 * scroller().getClientArea().height, "the chat is long");
	}

	@AfterEach
	void close() {
		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPartState(page.getReference(fixture.view), IWorkbenchPage.STATE_RESTORED);
		fixture.close();
	}

	private ScrolledComposite scroller() {
		return (ScrolledComposite) fixture.panel().transcript().control();
	}

	/** Drags the scroll bar to the top, as a user reading back does. */
	private void scrollToTop() {
		var bar = scroller().getVerticalBar();
		Ui.spinUntil("the view shows the top", () -> {
			bar.setSelection(0);
			bar.notifyListeners(SWT.Selection, new Event());
			return scroller().getOrigin().y == 0;
		});
	}

	/** Whether the control lies wholly within the transcript's visible area. */
	private boolean inView(Control control) {
		var area = scroller().getClientArea();
		var top = scroller().toControl(control.toDisplay(0, 0)).y;
		return top >= 0 && top + control.getSize().y <= area.height + 1;
	}

	/** Whether the control is in view, or as much of it as fits, from its top. */
	private boolean startsInView(Control control) {
		var top = scroller().toControl(control.toDisplay(0, 0)).y;
		return inView(control) || top == 0 && control.getSize().y > scroller().getClientArea().height;
	}

	private String where(Control control) {
		return "origin " + scroller().getOrigin() + ", card " + control.getBounds() + ", area " + scroller().getClientArea()
				+ ", content " + scroller().getContent().getSize();
	}

	private boolean isAtEnd() {
		return scroller().getOrigin().y + scroller().getClientArea().height >= scroller().getContent().getSize().y - 2;
	}

	private boolean jumpShown() {
		return fixture.panel().jumpToLatestLink().isVisible();
	}

	@Test
	void sendingWhileScrolledUpShowsTheQuestionAndTheAnswer() {
		scrollToTop();
		assertTrue(jumpShown(), "jump to latest is offered while reading further up");
		var words = Collections.nCopies(30, "word ").toArray(String[]::new);
		fixture.server.enqueue(Reply.openAiStream(words).delay(Duration.ofMillis(30)));
		fixture.send("And another thing");
		Ui.spinUntil("the answer streams", () -> fixture.messages().size() == 4 && !fixture.lastMessage().text().isEmpty());
		Ui.spinUntil("the task ends", () -> fixture.idle() && fixture.cards(OutcomeCard.class).size() == 2);
		var question = fixture.cards().get(fixture.cards().size() - 3).control();
		assertTrue(inView(question), "the question is in view: " + where(question));
		assertTrue(startsInView(fixture.last(OutcomeCard.class).control()) || isAtEnd(), "the end of the answer is in view");
		assertFalse(jumpShown(), "nothing to jump to");
	}

	@Test
	void scrollingUpWhileItStreamsStaysPutAndJumpBringsBackTheNewest() {
		var words = Collections.nCopies(60, "streamed words\n\n").toArray(String[]::new);
		fixture.server.enqueue(Reply.openAiStream(words).delay(Duration.ofMillis(40)));
		fixture.send("Stream a long one");
		Ui.spinUntil("the answer streams", () -> fixture.messages().size() == 4 && fixture.lastMessage().text().length() > 40);
		assertFalse(jumpShown(), "at the bottom the stream is followed");
		scrollToTop();
		Ui.spinUntil("more text arrives", () -> fixture.lastMessage().text().length() > 400);
		assertEquals(0, scroller().getOrigin().y, "the view stays where the user reads");
		assertTrue(jumpShown());
		Ui.click(fixture.panel().jumpToLatestLink());
		Ui.spin(Duration.ofMillis(100));
		assertFalse(jumpShown());
		Ui.spinUntil("the task ends", () -> fixture.idle() && fixture.cards(OutcomeCard.class).size() == 2);
		assertTrue(isAtEnd(), "after the jump the stream is followed to its end: " + where(fixture.last(OutcomeCard.class).control()));
	}

	@Test
	void aFailureComesIntoViewEvenWhileReadingFurtherUp() {
		var words = Collections.nCopies(20, "partial ").toArray(String[]::new);
		fixture.server.enqueue(Reply.truncatedStream(words).delay(Duration.ofMillis(60)));
		fixture.send("Stream something");
		Ui.spinUntil("the answer streams", () -> fixture.messages().size() == 4 && !fixture.lastMessage().text().isEmpty());
		scrollToTop();
		Ui.spinUntil("the task fails", () -> fixture.idle() && fixture.cards(OutcomeCard.class).size() == 2);
		Ui.spin(Duration.ofMillis(100));
		var failed = fixture.last(OutcomeCard.class);
		assertFalse(failed.problemText().isEmpty());
		assertTrue(startsInView(failed.control()), "the message that says what went wrong is in view: " + where(failed.control()));
		assertTrue(fixture.panel().statusText().startsWith("The last task failed"), fixture.panel().statusText());
	}

	@Test
	void aNoticeGoesAwayOnceItNoLongerHolds() {
		var combo = fixture.panel().modelBar().modelCombo();
		combo.setText("");
		fixture.send("Which model?");
		Ui.spin(Duration.ofMillis(100));
		assertEquals(Messages.NoModel, fixture.panel().statusText());
		combo.setText(AgentViewFixture.MODEL);
		Ui.spin(Duration.ofMillis(100));
		assertFalse(fixture.panel().statusText().contains("Pick a model"), fixture.panel().statusText());
		fixture.send("  ");
		Ui.spin(Duration.ofMillis(100));
		assertEquals(Messages.EmptyPrompt, fixture.panel().statusText());
		fixture.panel().composer().input().setText("Now a real question");
		Ui.spin(Duration.ofMillis(100));
		assertFalse(fixture.panel().statusText().contains("empty"), fixture.panel().statusText());
	}
}
