package dev.piassistant.ui.chat.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskHandle;
import dev.piassistant.core.event.AssistantMessageCompleted;
import dev.piassistant.core.event.AssistantMessageStarted;
import dev.piassistant.core.event.UserMessageSent;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.TokenUsage;
import dev.piassistant.ui.chat.internal.model.AssistantMessageItem.State;

/** A direct answer, what the controller takes in and what it ignores, and how history and live agree. */
class ChatControllerTest {

	private ChatController controller;
	private Script script;

	@BeforeEach
	void newSession() {
		controller = new ChatController();
		script = new Script(controller);
		controller.show(script.session, List.of(), Optional.empty(), Optional.empty());
	}

	static <T> T item(ChatController controller, int index, Class<T> type) {
		return assertInstanceOf(type, controller.items().get(index));
	}

	@Test
	void aDirectAnswerStreamsIntoOneBubbleAndEndsWithWhatItSpent() {
		controller.sending();
		assertTrue(controller.isBusy());
		assertEquals(new Activity.Sending(), controller.status().activity());
		script.ask("What is a record?", ApprovalMode.AUTO);
		var answer = script.startAnswer(null);
		assertEquals(1, controller.items().size(), "no empty bubble before any text arrives");
		controller.textDelta(script.session, answer.message(), "A record is ");
		controller.textDelta(script.session, answer.message(), "a *class*.");
		var streaming = item(controller, 1, AssistantMessageItem.class);
		assertEquals("A record is a *class*.", streaming.text());
		assertEquals(State.STREAMING, streaming.state());
		assertEquals(new Activity.Answering("qwen2.5-coder:7b"), controller.status().activity());

		script.complete(answer, "A record is a *class*.", 12, 9, 0.0021);
		script.completeTask("A record is a *class*.", new Spend(12, 9, 0.0021));

		var items = controller.items();
		assertEquals(3, items.size(), items.toString());
		assertEquals("What is a record?", assertInstanceOf(UserMessageItem.class, items.get(0)).text());
		var done = assertInstanceOf(AssistantMessageItem.class, items.get(1));
		assertEquals(State.COMPLETED, done.state());
		assertEquals(new TokenUsage(12, 9), done.usage());
		assertEquals(0.0021, done.cost(), 1e-9);
		var outcome = assertInstanceOf(OutcomeItem.class, items.get(2));
		assertEquals(21, outcome.ended().spent().tokens());
		assertEquals(0, outcome.toolCalls());
		assertFalse(controller.isBusy());
		var status = controller.status();
		assertEquals(new Activity.Ready(), status.activity());
		assertEquals(21, status.task().tokens());
		assertEquals(21, status.session().tokens());
		assertEquals(0.0021, status.session().cost(), 1e-9);
	}

	@Test
	void thinkingStreamsWithTheAnswerAndIsKeptWhenItCompletes() {
		script.ask("Why?", ApprovalMode.AUTO);
		var answer = script.startAnswer(null);
		controller.thinkingDelta(script.session, answer.message(), "The user asks why...");
		var thinking = item(controller, 1, AssistantMessageItem.class);
		assertEquals("The user asks why...", thinking.thinking());
		assertEquals("", thinking.text());
		script.event(new AssistantMessageCompleted(script.session, script.now(), answer.message(), "Because.",
				new TokenUsage(5, 2), "The user asks why...", List.of(), null, 0));
		var done = item(controller, 1, AssistantMessageItem.class);
		assertEquals("Because.", done.text());
		assertEquals("The user asks why...", done.thinking());
	}

	@Test
	void anAnswerThatOnlyCallsToolsAndCallsToJudgeOrSummarizeGetNoCard() {
		script.ask("Fix the build", ApprovalMode.AUTO);
		var toolsOnly = script.startAnswer(null);
		script.complete(toolsOnly, "", 100, 20, 0, script.call("read_file", "{\"path\":\"pom.xml\"}"));
		var judge = script.event(new AssistantMessageStarted(script.session, script.now(), MessageId.random(),
				script.task.request(), Script.MODEL, script.task.task(), null, CallPurpose.JUDGE));
		script.complete(judge, "The result is as expected.", 50, 5, 0);
		var summary = script.event(new AssistantMessageStarted(script.session, script.now(), MessageId.random(),
				script.task.request(), Script.MODEL, script.task.task(), null, CallPurpose.SUMMARY));
		script.complete(summary, "Earlier: read pom.xml.", 50, 5, 0);
		assertEquals(1, controller.items().size(), controller.items().toString());
		assertEquals(230, controller.sessionSpend().tokens(), "calls without a card still count");
	}

	@Test
	void anEmptyAnswerSaysSoRatherThanDisappearing() {
		script.ask("Say nothing", ApprovalMode.AUTO);
		script.complete(script.startAnswer(null), "", 3, 0, 0);
		assertEquals(State.COMPLETED, item(controller, 1, AssistantMessageItem.class).state());
	}

	@Test
	void eventsOfOtherSessionsAndEventsHeardTwiceChangeNothing() {
		var other = new Script(null);
		other.ask("Elsewhere", ApprovalMode.AUTO);
		assertFalse(controller.apply(other.log.get(0)));
		script.ask("Here", ApprovalMode.AUTO);
		assertFalse(controller.apply(script.log.get(0)), "an event read in the history and heard live counts once");
		assertEquals(1, controller.items().size());
		assertFalse(controller.textDelta(other.session, MessageId.random(), "x"));
	}

	@Test
	void historyShowsExactlyWhatTheLiveEventsShowed() {
		script.ask("Explain records", ApprovalMode.AUTO);
		var answer = script.startAnswer(null);
		script.complete(answer, "They are classes.", 10, 4, 0);
		script.completeTask("They are classes.", new Spend(10, 4, 0));
		var live = controller.items();
		var reopened = new ChatController();
		reopened.show(script.session, script.log, Optional.empty(), Optional.empty());
		assertEquals(live, reopened.items());
		assertEquals(controller.status(), reopened.status());
	}

	@Test
	void aViewOpenedMidAnswerStartsFromWhatHadArrived() {
		var history = new Script(null);
		history.ask("Long essay", ApprovalMode.AUTO);
		var answer = history.startAnswer(null);
		var reopened = new ChatController();
		reopened.show(history.session, history.log, Optional.of(history.task.task()),
				Optional.of(new TaskHandle.Streaming(answer.message(), "The first part", "")));
		reopened.textDelta(history.session, answer.message(), " and more");
		var shown = item(reopened, 1, AssistantMessageItem.class);
		assertEquals("The first part and more", shown.text());
		assertEquals(State.STREAMING, shown.state(), "the running task's answer is not interrupted");
		assertTrue(reopened.isBusy());
	}

	@Test
	void anAnswerOutsideAnyTaskThatFailedExplainsItselfAndOneCutOffIsMarkedInterrupted() {
		var sent = script.event(new UserMessageSent(script.session, script.now(), MessageId.random(), "Before tasks"));
		var failed = script.event(new AssistantMessageStarted(script.session, script.now(), MessageId.random(),
				sent.message(), Script.MODEL));
		script.fail(failed, "", new ProviderError.Unauthorized(401, "bad key"));
		var cut = script.event(new AssistantMessageStarted(script.session, script.now(), MessageId.random(),
				sent.message(), Script.MODEL));
		var reopened = new ChatController();
		reopened.show(script.session, script.log, Optional.empty(), Optional.empty());
		var problem = item(reopened, 1, AssistantMessageItem.class);
		assertTrue(problem.showsProblem());
		assertEquals("Before tasks", problem.prompt(), "Send again sends the question again");
		var interrupted = item(reopened, 2, AssistantMessageItem.class);
		assertEquals(cut.message(), interrupted.message());
		assertEquals(State.INTERRUPTED, interrupted.state());
		assertFalse(reopened.isBusy());
		assertNull(interrupted.task());
	}
}
