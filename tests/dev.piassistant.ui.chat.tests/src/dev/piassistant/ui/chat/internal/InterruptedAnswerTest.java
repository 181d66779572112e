package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.SessionId;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.EventLog;
import dev.piassistant.core.event.SessionStarted;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ModelRef;
import dev.piassistant.testing.FailOnLoggedErrors;
import dev.piassistant.testing.OsgiServices;

/** An answer cut off because the IDE was killed shows as interrupted, not as still running. */
@ExtendWith(FailOnLoggedErrors.class)
class InterruptedAnswerTest {

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
	void aSessionLeftMidAnswerReopensWithTheAnswerMarkedInterrupted() throws Exception {
		var log = OsgiServices.await(EventLog.class, Duration.ofSeconds(10));
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
		assertTrue(fixture.lastMessage().footerText().contains("interrupted"), fixture.lastMessage().footerText());
		assertTrue(fixture.idle(), "nothing is running, so Send is offered");
	}
}
