package dev.piassistant.tools.jdt.internal;

import static dev.piassistant.tools.jdt.internal.ScriptedAgent.call;
import static dev.piassistant.tools.jdt.internal.ScriptedAgent.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.testing.Reply;

/**
 * The compile errors an edit causes reach the model in the edit's own tool result, through the real agent loop: the
 * scripted model breaks a Java file with edit_file, then fixes it, and the requests it receives next carry first the
 * type error (in the edited file and in the file that uses it), then the news that the workspace compiles clean.
 */
class CompileFeedbackTest {

	private JavaWorkspace shop;
	private ScriptedAgent agent;
	private AcceptingReviewer reviewer;

	@BeforeEach
	void setUp() throws Exception {
		shop = JavaWorkspace.create("feedback", Shop.sources());
		assertEquals(List.of(), shop.errors());
		agent = new ScriptedAgent();
		reviewer = new AcceptingReviewer();
	}

	@AfterEach
	void tearDown() throws Exception {
		reviewer.close();
		agent.close();
		shop.close();
	}

	@Test
	void theEditsResultCarriesTheCompileErrorsItCaused() throws Exception {
		var broken = "\tint price(int quantity);\n";
		var wrong = "\tString price(int quantity);\n";
		agent.server.enqueue(edit("e1", broken, wrong), edit("e2", wrong, broken), say("Put the int back."));
		assertInstanceOf(TaskCompleted.class, agent.run("Make prices strings"));
		var results = agent.toolResults();
		System.out.println("edit_file that breaks Pricing.java, as the model is told:\n" + results.get(0));
		System.out.println("edit_file that repairs it:\n" + results.get(1));

		var afterBreak = results.get(0);
		assertTrue(afterBreak.contains("1 applied, 0 rejected"), afterBreak);
		assertTrue(afterBreak.contains("\nAfter the change: "), afterBreak);
		assertTrue(afterBreak.contains(shop.path(Shop.BASE) + ":"), "the implementation no longer matches: " + afterBreak);
		assertTrue(afterBreak.contains("cannot convert from String to int")
				|| afterBreak.contains("incompatible with int"), afterBreak);
		assertTrue(results.get(1).endsWith("After the change: No compile errors in the workspace's Java projects."),
				results.get(1));
	}

	private Reply edit(String id, String search, String replace) {
		return call(id, "edit_file", Map.of("path", shop.path(Shop.PRICING), "edits", List.of(Map.of("search", search,
				"replace", replace))));
	}
}
