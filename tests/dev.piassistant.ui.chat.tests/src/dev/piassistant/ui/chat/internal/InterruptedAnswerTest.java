package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.agent.TaskSettings;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.EventLog;
import dev.piassistant.core.event.SessionStarted;
import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.event.TaskResumed;
import dev.piassistant.core.event.TaskStarted;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.testing.Reply;
import dev.piassistant.ui.chat.internal.cards.InterruptedCard;
import dev.piassistant.ui.chat.internal.cards.OutcomeCard;

/** What the IDE's end cut off shows as interrupted, not as still running; a task can be resumed. */
@ExtendWith(FailOnLoggedErrors.class)
class InterruptedAnswerTest {

	private AgentViewFixture fixture;
	private EventLog log;

	@BeforeEach
	void open() throws Exception {
		fixture = new AgentViewFixture();
		log = OsgiServices.await(EventLog.class, Duration.ofSeconds(10));
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void aSessionLeftMidAnswerReopensWithTheAnswerMarkedInterrupted() throws Exception {
		var session = SessionId.random();
		var question = MessageId.random();
		var now = Instant.now();
		log.append(new SessionStarted(session, now, ""));
		log.append(new UserMessageSent(session, now, question, "What happened before the crash?"));
		log.append(new AssistantMessageStarted(session, now, MessageId.random(), question, new ModelRef(fixture.providerId, "m")));
		fixture.hide();
		fixture.open();
		Ui.spinUntil("the session is shown", () -> fixture.messages().size() == 2);
		assertEquals(session, fixture.panel().session().orElseThrow());
		assertEquals("The IDE closed before the model had written anything.", fixture.lastMessage().noteText());
		assertTrue(fixture.lastMessage().note().isVisible());
		assertEquals("", fixture.lastMessage().text(), "the note is not part of the answer");
		assertTrue(fixture.idle(), "nothing is running, so Send is offered");
	}

	@Test
	void aTaskLeftRunningOffersResumeWhichTakesItToItsEnd() throws Exception {
		var session = SessionId.random();
		var now = Instant.now();
		var question = new UserMessageSent(session, now, MessageId.random(), "Summarize the README");
		var task = TaskId.random();
		log.append(new SessionStarted(session, now, ""));
		log.append(question);
		log.append(new TaskStarted(session, now, task, question.message(), question.text(),
				TaskSettings.defaults(new ModelRef(fixture.providerId, AgentViewFixture.MODEL))));
		fixture.hide();
		fixture.open();
		Ui.spinUntil("the interrupted task is shown", () -> fixture.last(InterruptedCard.class) != null);
		assertTrue(fixture.last(InterruptedCard.class).resumeButton().isEnabled());
		assertTrue(fixture.panel().statusText().contains("interrupted"), fixture.panel().statusText());
		assertTrue(fixture.idle());

		fixture.server.enqueue(Reply.openAiStream("The README explains the build."));
		Ui.click(fixture.last(InterruptedCard.class).resumeButton());
		Ui.spinUntil("the resumed task ends", () -> fixture.idle() && fixture.last(OutcomeCard.class) != null);
		assertNull(fixture.last(InterruptedCard.class), "a resumed task is no longer interrupted");
		assertEquals("The README explains the build.", fixture.lastMessage().text());
		var history = fixture.agent.history(session);
		assertTrue(history.stream().anyMatch(TaskResumed.class::isInstance));
		assertTrue(history.get(history.size() - 1) instanceof TaskCompleted, history.get(history.size() - 1).toString());
	}
}
