package dev.piassistant.tools.jdt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each refactoring tool proposes JDT's change as a change set, the review service (headless here: the call was
 * approved) applies it, and the tool answers with the outcome and the compile errors after it.
 */
class JavaRefactoringToolsTest {

	private static final String RECEIPT = "com/shop/Receipt.java";
	private static final String LABELS = "com/shop/Labels.java";

	private JavaWorkspace shop;

	@BeforeEach
	void createProject() throws Exception {
		var sources = new LinkedHashMap<>(Shop.sources());
		sources.put(RECEIPT, """
				package com.shop;

				public class Receipt {
					public static String line(String item, int quantity) {
						return quantity + " x " + item;
					}

					public String print(Cart cart) {
						return line("apple", 3) + "\\n" + line("pear", cart.total(1));
					}
				}
				""");
		shop = JavaWorkspace.create("refactor", sources);
		assertEquals(List.of(), shop.errors());
	}

	@AfterEach
	void deleteProject() throws Exception {
		shop.close();
	}

	@Test
	void movingATypeMovesItsFileAndUpdatesPackageAndImports() throws Exception {
		var result = Calls.call("java_move_type", "{\"element\": \"com.shop.Checkout\", \"package\": \"com.shop.report\"}");
		System.out.println("java_move_type com.shop.Checkout to com.shop.report:\n" + result.output());
		assertFalse(result.isError(), result.output());
		assertTrue(result.output().contains(shop.path(Shop.CHECKOUT) + " -> " + shop.path("com/shop/report/Checkout.java")),
				result.output());
		assertTrue(result.output().endsWith("After the change: No compile errors in the workspace's Java projects."));
		assertFalse(Files.exists(JavaWorkspace.folder().resolve(shop.path(Shop.CHECKOUT))));
		var moved = shop.read("com/shop/report/Checkout.java");
		assertTrue(moved.startsWith("package com.shop.report;"), moved);
		assertTrue(moved.contains("import com.shop.Cart;"), moved);
		assertEquals(List.of(), shop.errors());
	}

	@Test
	void renamingATypeRenamesItsFileAndEveryUse() throws Exception {
		var result = Calls.call("java_rename", "{\"element\": \"Cart\", \"newName\": \"Basket\"}");
		System.out.println("java_rename Cart to Basket:\n" + result.output());
		assertFalse(result.isError(), result.output());
		assertTrue(result.output().contains(shop.path(Shop.CART) + " -> " + shop.path("com/shop/Basket.java")), result.output());
		assertTrue(shop.read("com/shop/Basket.java").contains("public class Basket {"));
		assertTrue(shop.read(Shop.REPORT).contains("import com.shop.Basket;"));
		assertTrue(shop.read(Shop.CHECKOUT).contains("public int pay(Basket cart)"));
		assertEquals(List.of(), shop.errors());
	}

	@Test
	void extractingLinesMakesAMethodOfThem() throws Exception {
		var result = Calls.call("java_extract_method", "{\"path\": \"" + shop.path(Shop.CART)
				+ "\", \"startLine\": 19, \"endLine\": 22, \"name\": \"sumOf\"}");
		System.out.println("java_extract_method Cart.java lines 19-22 as sumOf:\n" + result.output() + "\n" + shop.read(Shop.CART));
		assertFalse(result.isError(), result.output());
		var cart = shop.read(Shop.CART);
		assertTrue(cart.contains("int sum = sumOf(quantities);") || cart.contains("return sumOf(quantities);"), cart);
		assertTrue(cart.contains("private int sumOf(int"), cart);
		assertEquals(List.of(), shop.errors());
	}

	@Test
	void changingASignatureUpdatesTheMethodAndEveryCall() throws Exception {
		var result = Calls.call("java_change_signature", """
				{"element": "com.shop.Receipt#line", "parameters": [
				  {"name": "count", "from": "quantity"}, {"name": "item", "from": "item"},
				  {"name": "unit", "type": "String", "defaultValue": "\\"kg\\""}]}""");
		System.out.println("java_change_signature Receipt#line:\n" + result.output() + "\n" + shop.read(RECEIPT));
		assertFalse(result.isError(), result.output());
		var receipt = shop.read(RECEIPT);
		assertTrue(receipt.contains("public static String line(int count, String item, String unit) {"), receipt);
		assertTrue(receipt.contains("return count + \" x \" + item;"), receipt);
		assertTrue(receipt.contains("line(3, \"apple\", \"kg\")") && receipt.contains("line(cart.total(1), \"pear\", \"kg\")"),
				receipt);
		assertEquals(List.of(), shop.errors());
	}

	@Test
	void organizingImportsAsksWhichOfAnAmbiguousNameIsMeant() throws Exception {
		shop.write(Map.of(LABELS, """
				package com.shop;

				import java.util.Map;

				public class Labels {
					public List<String> all() {
						return List.of("apple");
					}
				}
				"""));
		var first = Calls.call("java_organize_imports", "{\"path\": \"" + shop.path(LABELS) + "\"}");
		System.out.println("java_organize_imports Labels.java:\n" + first.output());
		assertTrue(first.output().contains("List could be any of") && first.output().contains("java.util.List"), first.output());
		assertFalse(shop.read(LABELS).contains("import java.util.Map;"), "the unused import is gone");

		var second = Calls.call("java_organize_imports", "{\"path\": \"" + shop.path(LABELS) + "\", \"choose\": [\"java.util.List\"]}");
		System.out.println("java_organize_imports Labels.java, choosing java.util.List:\n" + second.output());
		assertFalse(second.isError(), second.output());
		assertTrue(shop.read(LABELS).contains("import java.util.List;"), shop.read(LABELS));
		assertEquals(List.of(), shop.errors());
	}

	@Test
	void aRefactoringJdtRefusesProposesNothingAndSaysWhy() throws Exception {
		var before = shop.read(Shop.CART);
		var result = Calls.call("java_rename", "{\"element\": \"com.shop.Cart\", \"newName\": \"Checkout\"}");
		System.out.println("java_rename Cart to Checkout:\n" + result.output());
		assertTrue(result.isError());
		assertTrue(result.output().startsWith("The refactoring cannot be proposed: JDT's checks refuse it: "), result.output());
		assertTrue(result.output().contains("Checkout") && result.output().endsWith("Nothing was changed."), result.output());
		assertEquals(before, shop.read(Shop.CART));

		var unknown = Calls.call("java_change_signature", "{\"element\": \"com.shop.Receipt#line\", \"parameters\": "
				+ "[{\"name\": \"x\", \"from\": \"amount\"}]}");
		assertEquals("The refactoring cannot be proposed: the method has no parameter amount; its parameters: item, quantity. "
				+ "Nothing was changed.", unknown.output());
	}

	@Test
	void aHunkTheUserRejectsIsLeftOutAndTheErrorsItLeavesAreReported() throws Exception {
		String result;
		try (var reviewer = new AcceptingReviewer(path -> path.endsWith("Report.java"))) {
			result = Calls.call("java_rename", "{\"element\": \"com.shop.Cart#total(int)\", \"newName\": \"subtotal\"}").output();
			assertEquals(1, reviewer.rejected.get());
		}
		System.out.println("java_rename Cart#total(int) to subtotal, the hunk in Report.java rejected:\n" + result);
		assertTrue(result.contains("; 4 applied, 1 rejected."), result);
		assertTrue(result.contains("Rejected in " + shop.path(Shop.REPORT) + ": not in this file"), result);
		assertTrue(result.contains("After the change: 1 compile error:\n" + shop.path(Shop.REPORT) + ":12: "), result);
		assertTrue(shop.read(Shop.REPORT).contains(".total(1)"), "the rejected hunk is not applied");
		assertTrue(shop.read(Shop.CART).contains("public int subtotal(int quantity) {"));
	}

	@Test
	void compileErrorsOfFilesChangedOnDiskAreReported() throws Exception {
		var checkout = JavaWorkspace.folder().resolve(shop.path(Shop.CHECKOUT));
		Files.writeString(checkout, Files.readString(checkout).replace("cart.totalOf(1, 2)", "cart.totalOf(\"one\")"));
		var result = Calls.call("java_problems", "{\"paths\": [\"" + shop.path(Shop.CHECKOUT) + "\"]}");
		System.out.println("java_problems after breaking Checkout.java on disk:\n" + result.output());
		assertFalse(result.isError());
		var lines = result.output().lines().toList();
		assertEquals("1 compile error:", lines.get(0));
		assertTrue(lines.get(1).startsWith(shop.path(Shop.CHECKOUT) + ":5: "), result.output());
	}
}
