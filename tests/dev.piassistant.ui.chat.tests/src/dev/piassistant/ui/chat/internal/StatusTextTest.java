package dev.piassistant.ui.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.agent.Spend;
import dev.piassistant.ui.chat.internal.model.Activity;
import dev.piassistant.ui.chat.internal.model.StatusLine;

/** What the status line says for what runs and what was spent. */
class StatusTextTest {

	@Test
	void aRunningStepWithWhatTheTaskAndTheChatSpent() {
		var status = new StatusLine(new Activity.Step(2, 5, "Write the test"), new Spend(1000, 234, 0.012),
				new Spend(5000, 678, 0.034));
		assertEquals("Step 2 of 5: Write the test \u00b7 this task: 1,234 tokens, $0.01 \u00b7 this chat: 5,678 tokens, $0.03",
				StatusText.of(status));
	}

	@Test
	void theFirstTaskOfAChatIsCountedOnce() {
		var spent = new Spend(12, 9, 0);
		assertEquals("Ready \u00b7 this chat: 21 tokens", StatusText.of(new StatusLine(new Activity.Ready(), spent, spent)));
	}

	@Test
	void nothingSpentSaysOnlyWhatRuns() {
		assertEquals("Waiting for your approval to run write_file",
				StatusText.of(new StatusLine(new Activity.WaitingForApproval("write_file"), Spend.NONE, Spend.NONE)));
		assertEquals("Waiting for you to review the plan",
				StatusText.of(new StatusLine(new Activity.WaitingForReview(), Spend.NONE, Spend.NONE)));
		assertEquals("Answering with qwen2.5-coder:7b...",
				StatusText.of(new StatusLine(new Activity.Answering("qwen2.5-coder:7b"), Spend.NONE, Spend.NONE)));
	}

	@Test
	void aSmallCostKeepsItsDigits() {
		var cheap = new Spend(300, 20, 0.00042);
		assertEquals("Planning... \u00b7 this chat: 320 tokens, $0.0004",
				StatusText.of(new StatusLine(new Activity.Planning(), cheap, cheap)));
	}
}
