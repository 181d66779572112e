package dev.piassistant.tools.jdt.internal;

import static dev.piassistant.tools.jdt.internal.ScriptedAgent.call;
import static dev.piassistant.tools.jdt.internal.ScriptedAgent.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.testing.Reply;
import dev.piassistant.tools.jdt.internal.problems.JavaProblems;

/**
 * Renaming a public method used across several files, twice through the real agent loop with a scripted model and a
 * user who accepts every hunk: once as text edits (edit_file on each line that calls {@code price(}), once with JDT's
 * rename refactoring (java_rename). The text edits miss the method reference {@code DiscountPricing::price}, so the
 * workspace no longer compiles; the refactoring catches it, and the workspace compiles clean.
 */
class RenameAcrossFilesTest {

	private JavaWorkspace shop;
	private ScriptedAgent agent;
	private AcceptingReviewer reviewer;

	@BeforeEach
	void setUp() throws Exception {
		shop = JavaWorkspace.create("rename", Shop.sources());
		assertEquals(List.of(), shop.errors(), "the shop compiles before the rename");
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
	void theRefactoringCatchesTheReferenceThatTextEditsMiss() throws Exception {
		var textEdit = renameByTextEdits();
		System.out.println("Rename Pricing#price to cost by text edits (edit_file on every line calling price()):\n"
				+ JavaProblems.text(textEdit, 20));
		assertEquals(1, textEdit.size(), "the text edits leave one reference behind: " + textEdit);
		assertEquals(shop.path(Shop.REPORT), textEdit.get(0).path());
		assertEquals(11, textEdit.get(0).line(), "the method reference DiscountPricing::price");

		shop.write(Shop.sources());
		shop.build();
		assertEquals(List.of(), shop.errors(), "the shop compiles again once the text edits are undone");

		var acceptedBefore = reviewer.accepted.get();
		agent.server.enqueue(call("r1", "java_rename", Map.of("element", "com.shop.BasePricing#price", "newName", "cost")),
				say("Renamed price to cost with the refactoring."));
		assertInstanceOf(TaskCompleted.class, agent.run("Rename the pricing method price to cost"));
		var result = agent.toolResults().get(0);
		System.out.println("Rename Pricing#price to cost by java_rename (JDT's rename refactoring), as the model is told:\n"
				+ result);
		var refactoring = shop.errors();
		System.out.println("Compile errors after the refactoring: " + refactoring.size());

		assertEquals(List.of(), refactoring, "the refactoring leaves the workspace compiling clean");
		assertTrue(result.contains("5 hunks in 5 files proposed; 5 applied, 0 rejected"), result);
		assertTrue(result.endsWith("After the change: No compile errors in the workspace's Java projects."), result);
		assertEquals(5, reviewer.accepted.get() - acceptedBefore, "the user accepted each hunk of the change set");
		assertTrue(shop.read(Shop.REPORT).contains("new DiscountPricing()::cost"), shop.read(Shop.REPORT));
		assertTrue(shop.read(Shop.PRICING).contains("int cost(int quantity);"));
		assertTrue(shop.read(Shop.DISCOUNT).contains("return super.cost(quantity) - quantity;"));
		assertFalse(shop.read(Shop.CART).contains("price("));
	}

	/** The scripted model renames by editing every line that calls or declares {@code price(}, as a text search finds them. */
	private List<JavaProblems.Problem> renameByTextEdits() throws Exception {
		agent.server.enqueue(
				edit("e1", Shop.PRICING, "\tint price(int quantity);\n", "\tint cost(int quantity);\n"),
				edit("e2", Shop.BASE, "\tpublic int price(int quantity) {\n", "\tpublic int cost(int quantity) {\n"),
				edit("e3", Shop.DISCOUNT, "\tpublic int price(int quantity) {\n\t\treturn super.price(quantity) - quantity;\n",
						"\tpublic int cost(int quantity) {\n\t\treturn super.cost(quantity) - quantity;\n"),
				edit("e4", Shop.CART, "\t\treturn pricing.price(quantity);\n", "\t\treturn pricing.cost(quantity);\n"),
				edit("e5", Shop.REPORT,
						"\t\treturn discounted.applyAsInt(3) + new BasePricing().price(2) + new Cart(new BasePricing()).total(1);\n",
						"\t\treturn discounted.applyAsInt(3) + new BasePricing().cost(2) + new Cart(new BasePricing()).total(1);\n"),
				say("Renamed price to cost in the five files that call it."));
		assertInstanceOf(TaskCompleted.class, agent.run("Rename the pricing method price to cost"));
		for (var result : agent.toolResults()) {
			assertTrue(result.contains("1 applied, 0 rejected"), result);
		}
		return shop.errors();
	}

	private Reply edit(String id, String source, String search, String replace) {
		return call(id, "edit_file", Map.of("path", shop.path(source), "edits", List.of(Map.of("search", search, "replace",
				replace))));
	}
}
