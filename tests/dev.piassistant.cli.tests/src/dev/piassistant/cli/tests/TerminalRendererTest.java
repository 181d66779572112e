package dev.piassistant.cli.tests;

import static dev.piassistant.cli.tests.Scenario.fine;
import static dev.piassistant.cli.tests.Scenario.group;
import static dev.piassistant.cli.tests.Scenario.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.MessageId;
import dev.piassistant.core.QuestionId;
import dev.piassistant.core.agent.Answer;
import dev.piassistant.core.agent.ApprovalMode;
import dev.piassistant.core.agent.CallOutcome;
import dev.piassistant.core.agent.CallPurpose;
import dev.piassistant.core.agent.Judgement;
import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.agent.TaskProblem;
import dev.piassistant.core.event.BudgetWarned;
import dev.piassistant.core.event.TaskEstimated;
import dev.piassistant.core.event.TaskFailed;
import dev.piassistant.core.llm.ProviderError;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.plan.Plan;
import dev.piassistant.core.plan.PlanAuthor;
import dev.piassistant.core.plan.StepId;
import dev.piassistant.core.plan.StepState;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.ToolResult;

class TerminalRendererTest {

	private final Scenario task = new Scenario();

	@Test
	void aDirectAnswerStreamsAndEndsWithWhatItSpent() {
		var answer = new MessageId("answer-1");
		var feed = Feed.plain().events(task.userMessage("What is 2+2?"), task.started("What is 2+2?", ApprovalMode.AUTO),
				task.answering(answer, null, CallPurpose.ANSWER));
		feed.text(answer, "2 + 2 ", "is 4.\nSimple.");
		feed.events(task.answered(answer, "2 + 2 is 4.\nSimple.", List.of()),
				task.completed("2 + 2 is 4.\nSimple.", new Spend(400, 50, 0)));
		assertEquals("""
				pi - task 3f2a91c0 - Local/qwen2.5-coder - mode auto
				2 + 2 is 4.
				Simple.
				[ok] Done - 450 tokens - 0.3 s
				""", feed.output());
	}

	@Test
	void anAnswerThatDidNotStreamIsShownWhenItCompletes() {
		var answer = new MessageId("answer-1");
		var feed = Feed.plain().events(task.started("Hi", ApprovalMode.AUTO), task.answering(answer, null, CallPurpose.ANSWER),
				task.answered(answer, "Hello there.", List.of()), task.completed("Hello there.", new Spend(10, 3, 0.0002)));
		assertEquals("""
				pi - task 3f2a91c0 - Local/qwen2.5-coder - mode auto
				Hello there.
				[ok] Done - 13 tokens, $0.0002 - 0.3 s
				""", feed.output());
	}

	@Test
	void aPlanWithStepsToolCallsARefusalARevisionAndAWarning() {
		var feed = Feed.plain();
		var propose = new ToolCall("p1", "propose_plan", "{\"steps\":[]}");
		var read = new ToolCall("c1", "read_note", "{\"path\": \"notes.txt\"}");
		var write = new ToolCall("c2", "append_line", "{\"path\":\"summary.md\",\n \"text\":\"- one\"}");
		var writeElsewhere = new ToolCall("c3", "append_line", "{\"path\":\"notes-summary.md\"}");
		var check = new ToolCall("c4", "read_note", "{\"path\":\"summary.md\"}");
		var first = new Plan(List.of(step("s1", "Read the notes"), group("g2", "Summarize",
				step("s2a", "Write the summary to summary.md"), step("s2b", "Check the summary"))));
		var second = new Plan(List.of(step("s1", "Read the notes").withState(StepState.DONE), group("g2", "Summarize",
				step("s2c", "Write the summary to notes-summary.md"), step("s2b", "Check the summary"))));
		var planning = new MessageId("m1");
		var reading = new MessageId("m2");
		var judging = new MessageId("m3");
		var question = new QuestionId("q1");
		feed.events(task.userMessage("Summarize the notes"), task.started("Summarize the notes", ApprovalMode.AUTO),
				task.answering(planning, null, CallPurpose.ANSWER), task.answered(planning, "", List.of(propose)),
				task.requested(null, propose, Risk.READ), task.ended(null, propose, CallOutcome.COMPLETED, ToolResult.ok("plan accepted"), 1, fine()),
				task.plan(1, PlanAuthor.AGENT, "", first),
				new TaskEstimated(task.session, task.next(), task.task, new Spend(20_000, 2_000, 0), Limits.DEFAULT), task.stepStarted("s1"), task.answering(reading, new StepId("s1"), CallPurpose.STEP));
		feed.text(reading, "I will read ", "the notes first.");
		feed.events(task.answered(reading, "I will read the notes first.", List.of(read)), task.requested("s1", read, Risk.READ),
				task.ended("s1", read, CallOutcome.COMPLETED, ToolResult.ok("3 notes"), 12, fine()),
				task.answering(judging, new StepId("s1"), CallPurpose.JUDGE));
		feed.text(judging, "The read went as expected.");
		feed.events(task.answered(judging, "The read went as expected.", List.of()),
				task.stepEnded("s1", StepState.DONE, "Read 3 notes.\nThey are short."), task.stepStarted("s2a"),
				task.requested("s2a", write, Risk.WRITE), task.approval(question, write, Risk.WRITE),
				task.answer(question, new Answer.Deny("The user declined.")),
				task.ended("s2a", write, CallOutcome.DENIED, ToolResult.error("The user declined."), 0, fine()),
				new BudgetWarned(task.session, task.next(), task.task, new Spend(410_000, 0, 0), Limits.DEFAULT),
				task.stepEnded("s2a", StepState.FAILED, "Could not write summary.md"),
				task.plan(2, PlanAuthor.AGENT, "Write to notes-summary.md instead", second), task.stepStarted("s2c"),
				task.requested("s2c", writeElsewhere, Risk.WRITE),
				task.ended("s2c", writeElsewhere, CallOutcome.COMPLETED, ToolResult.ok("appended"), 1500,
						new Judgement(Judgement.Verdict.DIVERGED, Judgement.Signal.MODEL, "the file was empty before")),
				task.stepEnded("s2c", StepState.DONE, ""), task.stepStarted("s2b"), task.requested("s2b", check, Risk.READ),
				task.ended("s2b", check, CallOutcome.FAILED, ToolResult.process(1, "cat: summary.md: missing\nmore"), 30, fine()),
				task.stepEnded("s2b", StepState.DONE, "Checked"),
				task.completed("The notes are summarized in notes-summary.md.", new Spend(410_000, 5_000, 0.0123)));
		assertEquals("""
				pi - task 3f2a91c0 - Local/qwen2.5-coder - mode auto
				Plan (3 steps)
				  [pending] 1. Read the notes
				  [pending] 2. Summarize
				    [pending] 2.1 Write the summary to summary.md
				    [pending] 2.2 Check the summary
				[note] The plan is estimated to take about 22,000 tokens (budget: 500,000 tokens).
				[running] 1. Read the notes
				  I will read the notes first.
				  [ok] read_note {"path": "notes.txt"} - 12 ms
				[done] 1. Read the notes - Read 3 notes.
				[running] 2.1 Write the summary to summary.md
				  [denied] append_line {"path":"summary.md", "text":"- one"} - 0 ms - denied
				[warning] The task has spent most of its budget: 410,000 of 500,000 tokens.
				[failed] 2.1 Write the summary to summary.md - Could not write summary.md
				Plan revision 2 by the agent: Write to notes-summary.md instead
				  [done] 1. Read the notes
				  [pending] 2. Summarize
				    [pending] 2.1 Write the summary to notes-summary.md (new)
				    [pending] 2.2 Check the summary
				  removed: 2.1 Write the summary to summary.md
				[running] 2.1 Write the summary to notes-summary.md
				  [ok] append_line {"path":"notes-summary.md"} - 1.5 s - not as expected: the file was empty before
				[done] 2.1 Write the summary to notes-summary.md
				[running] 2.2 Check the summary
				  [failed] read_note {"path":"summary.md"} - 30 ms - exit 1: cat: summary.md: missing
				[done] 2.2 Check the summary - Checked
				The notes are summarized in notes-summary.md.
				[ok] Done - 3 of 3 steps - 4 tool calls - 415,000 tokens, $0.0123 - 3.1 s
				""", feed.output());
	}

	@Test
	void aFailureEndsWithTheFailedLine() {
		var answer = new MessageId("answer-1");
		var feed = Feed.plain().events(task.started("Hi", ApprovalMode.AUTO), task.answering(answer, null, CallPurpose.ANSWER));
		feed.text(answer, "Hel");
		feed.events(new TaskFailed(task.session, task.next(), task.task,
				new TaskProblem.ProviderFailed(new ProviderError.Unreachable("http://127.0.0.1:9/v1", "Connection refused")), Spend.NONE));
		assertEquals("""
				pi - task 3f2a91c0 - Local/qwen2.5-coder - mode auto
				Hel
				[failed] Failed - 0 tokens - 0.2 s
				""", feed.output(), "the open answer line is closed before the end");
	}

	@Test
	void onATerminalStatesAreColouredSymbolsAndLongArgumentsAreCutToTheWidth() {
		var feed = Feed.terminal(60);
		var call = new ToolCall("c1", "read_note", "{\"path\":\"" + "very/".repeat(30) + "deep.txt\"}");
		feed.events(task.started("Read it", ApprovalMode.AUTO), task.plan(1, PlanAuthor.AGENT, "", new Plan(List.of(step("s1", "Read it")))),
				task.stepStarted("s1"), task.requested("s1", call, Risk.READ),
				task.ended("s1", call, CallOutcome.COMPLETED, ToolResult.ok("text"), 5, fine()), task.stepEnded("s1", StepState.DONE, ""));
		var lines = feed.output().lines().toList();
		assertEquals("\u001b[1mPlan (1 step)\u001b[0m", lines.get(1));
		assertEquals("  \u001b[2m○\u001b[0m 1. Read it", lines.get(2), "a pending step: a dim circle");
		assertEquals("\u001b[36m▶\u001b[0m \u001b[1m1. Read it\u001b[0m", lines.get(3), "a running step: a cyan triangle, the step in bold");
		var callLine = lines.get(4).replaceAll("\u001b\\[[0-9;]*m", "");
		assertTrue(callLine.startsWith("  ✓ read_note {\"path\":\"very/very/"), callLine);
		assertTrue(callLine.endsWith("… · 5 ms"), callLine);
		assertEquals(60, callLine.length(), "the call fills the terminal's width and no more: " + callLine);
		assertEquals("\u001b[32m✓\u001b[0m 1. Read it", lines.get(5));
	}
}
