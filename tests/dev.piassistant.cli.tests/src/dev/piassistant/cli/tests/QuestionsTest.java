package dev.piassistant.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.piassistant.cli.internal.Grants;
import dev.piassistant.cli.internal.Questions;
import dev.piassistant.cli.internal.render.StepLabels;
import dev.piassistant.cli.internal.render.Style;
import dev.piassistant.core.QuestionId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.GrantScope;
import dev.piassistant.core.agent.PauseReason;
import dev.piassistant.core.event.ApprovalRequested;
import dev.piassistant.core.event.PlanReviewRequested;
import dev.piassistant.core.event.TaskPaused;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.tool.Risk;

class QuestionsTest {

	private final Scenario task = new Scenario();
	private final StepLabels steps = new StepLabels(new Plan(List.of(Scenario.step("s1", "Read"), Scenario.step("s2", "Fix the parser"))));

	private ApprovalRequested approval(Risk risk) {
		return task.approval(new QuestionId("q1"), new ToolCall("c1", "append_line", "{\"path\":\"a.txt\"}"), risk);
	}

	@Test
	void callsOfAllowedRisksAreApprovedOnceWithoutAsking() {
		var questions = new Questions(new Grants(Set.of(Risk.READ, Risk.WRITE), false), true, Style.plain());
		assertEquals(new Questions.Now(Answer.Approve.once()), questions.decide(approval(Risk.WRITE), steps));
		assertInstanceOf(Questions.Ask.class, questions.decide(approval(Risk.EXECUTE), steps), "execute was not allowed");
	}

	@Test
	void yesApprovesEveryCallAndThePlanButNeverAPause() {
		var questions = new Questions(new Grants(Set.of(), true), false, Style.plain());
		assertEquals(new Questions.Now(Answer.Approve.once()), questions.decide(approval(Risk.NETWORK), steps));
		assertEquals(new Questions.Now(Answer.Approve.once()),
				questions.decide(new PlanReviewRequested(task.session, task.next(), task.task, new QuestionId("q2"), 1), steps));
		var pause = questions.decide(new TaskPaused(task.session, task.next(), task.task, new QuestionId("q3"),
				new PauseReason.ErrorBudgetSpent(3)), steps);
		assertEquals(new Questions.Refuse(new Answer.Stop(),
				"The task paused: 3 tool calls failed in a row. There is no terminal to ask whether to go on, so it stops here."), pause);
	}

	@Test
	void withoutATerminalWhatWasNotAllowedIsRefusedWithTheFlagThatWouldAllowIt() {
		var questions = new Questions(new Grants(Set.of(Risk.READ), false), false, Style.plain());
		var refusal = (Questions.Refuse) questions.decide(approval(Risk.WRITE), steps);
		assertEquals("append_line (write) was not allowed: there is no terminal to ask. Allow write calls with --allow write, or everything with --yes.",
				refusal.explanation());
		var denied = (Answer.Deny) refusal.answer();
		assertTrue(denied.note().contains("without a terminal"), "the model learns why: " + denied.note());
		var review = (Questions.Refuse) questions.decide(new PlanReviewRequested(task.session, task.next(), task.task, new QuestionId("q2"), 1), steps);
		assertInstanceOf(Answer.Deny.class, review.answer());
		assertTrue(review.explanation().contains("--yes"), review.explanation());
	}

	@Test
	void onATerminalTheQuestionShowsTheCallAndTheChoices() {
		var questions = new Questions(Grants.NONE, true, Style.plain());
		assertEquals(new Questions.Ask("[question] Allow append_line (write) {\"path\":\"a.txt\"}? [y]es, [n]o, [a]lways in this task, [s]ession:"),
				questions.decide(approval(Risk.WRITE), steps));
		var pause = (Questions.Ask) questions.decide(new TaskPaused(task.session, task.next(), task.task, new QuestionId("q3"),
				new PauseReason.AskFirst(new StepId("s2"))), steps);
		assertEquals("[warning] Paused: you asked to be asked before step 2. Fix the parser.\n"
				+ "[question] Go on? [y]es, [n]o (stop), or type guidance for the agent:", pause.prompt());
	}

	@Test
	void typedAnswers() {
		var approval = approval(Risk.WRITE);
		assertEquals(Optional.of(Answer.Approve.once()), Questions.parse(approval, "y"));
		assertEquals(Optional.of(Answer.Approve.once()), Questions.parse(approval, " YES "));
		assertEquals(Optional.of(new Answer.Approve(GrantScope.TASK, 0)), Questions.parse(approval, "a"));
		assertEquals(Optional.of(new Answer.Approve(GrantScope.SESSION, 0)), Questions.parse(approval, "s"));
		assertEquals(Optional.of(new Answer.Deny("The user declined.")), Questions.parse(approval, "n"));
		assertEquals(Optional.empty(), Questions.parse(approval, "maybe"), "asked again");
		var review = new PlanReviewRequested(task.session, task.next(), task.task, new QuestionId("q2"), 1);
		assertEquals(Optional.empty(), Questions.parse(review, "a"), "a plan is approved or not, not always");
		var pause = new TaskPaused(task.session, task.next(), task.task, new QuestionId("q3"), new PauseReason.ErrorBudgetSpent(3));
		assertEquals(Optional.of(new Answer.Proceed("")), Questions.parse(pause, ""));
		assertEquals(Optional.of(new Answer.Stop()), Questions.parse(pause, "n"));
		assertEquals(Optional.of(new Answer.Proceed("Use the other file.")), Questions.parse(pause, "Use the other file."));
	}
}
