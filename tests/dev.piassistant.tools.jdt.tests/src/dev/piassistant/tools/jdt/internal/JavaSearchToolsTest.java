package dev.piassistant.tools.jdt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Java search tools answer about a known small project with paths, lines and the members involved. */
class JavaSearchToolsTest {

	private static JavaWorkspace shop;

	@BeforeAll
	static void createProject() throws Exception {
		shop = JavaWorkspace.create("search", Shop.sources());
		assertEquals(List.of(), shop.errors(), "the shop compiles");
	}

	@AfterAll
	static void deleteProject() throws Exception {
		shop.close();
	}

	@Test
	void referencesListEveryPlaceWithItsMemberAndLine() throws Exception {
		var result = Calls.call("java_references", "{\"element\": \"com.shop.Cart#total(int)\"}");
		System.out.println("java_references com.shop.Cart#total(int):\n" + result.output());
		assertFalse(result.isError(), result.output());
		var lines = result.output().lines().toList();
		assertEquals("3 references to com.shop.Cart#total(int):", lines.get(0));
		assertTrue(lines.contains("search/src/com/shop/Cart.java:15: in com.shop.Cart#total(int, int): return total(quantity) - discount;"),
				result.output());
		assertTrue(lines.contains("search/src/com/shop/Cart.java:21: in com.shop.Cart#totalOf(int[]): sum += total(quantity);"),
				result.output());
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("search/src/com/shop/report/Report.java:12: in "
				+ "com.shop.report.Report#summary(): ")), result.output());
	}

	@Test
	void implementorsOfAnInterfaceAndOverridersOfAMethod() throws Exception {
		var types = Calls.call("java_implementors", "{\"element\": \"Pricing\"}");
		System.out.println("java_implementors Pricing:\n" + types.output());
		assertEquals("""
				2 implementors of com.shop.Pricing:
				search/src/com/shop/BasePricing.java:3: class com.shop.BasePricing
				search/src/com/shop/DiscountPricing.java:3: class com.shop.DiscountPricing""", sorted(types.output()));
		var methods = Calls.call("java_implementors", "{\"element\": \"com.shop.Pricing#price\"}");
		assertEquals("""
				2 methods implementing or overriding com.shop.Pricing#price(int):
				search/src/com/shop/BasePricing.java:5: com.shop.BasePricing#price(int)
				search/src/com/shop/DiscountPricing.java:5: com.shop.DiscountPricing#price(int)""", sorted(methods.output()));
	}

	@Test
	void callersAreACallHierarchyToTheDepthAsked() throws Exception {
		var result = Calls.call("java_callers", "{\"element\": \"com.shop.Cart#total(int)\", \"depth\": 2}");
		System.out.println("java_callers com.shop.Cart#total(int), depth 2:\n" + result.output());
		var lines = result.output().lines().toList();
		assertEquals("Callers of com.shop.Cart#total(int):", lines.get(0));
		var totalOf = lines.indexOf("com.shop.Cart#totalOf(int[]) at search/src/com/shop/Cart.java:21: sum += total(quantity);");
		assertTrue(totalOf > 0, result.output());
		assertEquals("  com.shop.Checkout#pay(Cart) at search/src/com/shop/Checkout.java:5: return cart.totalOf(1, 2);",
				lines.get(totalOf + 1), "the caller of the caller, indented");
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("com.shop.report.Report#summary() at "
				+ "search/src/com/shop/report/Report.java:12: ")), result.output());
	}

	@Test
	void theTypeHierarchyShowsSupertypesAndSubtypes() throws Exception {
		var result = Calls.call("java_type_hierarchy", "{\"element\": \"com.shop.BasePricing\"}");
		System.out.println("java_type_hierarchy com.shop.BasePricing:\n" + result.output());
		assertEquals("""
				class com.shop.BasePricing at search/src/com/shop/BasePricing.java:3
				superclasses: java.lang.Object
				interfaces: com.shop.Pricing
				subtypes:
				  class com.shop.DiscountPricing at search/src/com/shop/DiscountPricing.java:3""", result.output());
	}

	@Test
	void unknownAndAmbiguousNamesFailWithTheCandidates() throws Exception {
		var unknown = Calls.call("java_references", "{\"element\": \"com.shop.Price\"}");
		System.out.println("java_references com.shop.Price:\n" + unknown.output());
		assertTrue(unknown.isError());
		assertEquals("There is no type com.shop.Price in the workspace's Java projects. Types with a similar name: "
				+ "com.shop.Pricing, com.shop.BasePricing, com.shop.DiscountPricing.", sortedCandidates(unknown.output()));

		var member = Calls.call("java_callers", "{\"element\": \"com.shop.Cart#sum\"}");
		assertTrue(member.isError());
		assertEquals("com.shop.Cart has no method or field sum. Its members: #Cart(Pricing), #total(int), #total(int, int), "
				+ "#totalOf(int[]), #pricing.", member.output());

		var overloads = Calls.call("java_callers", "{\"element\": \"com.shop.Cart#total\"}");
		System.out.println("java_callers com.shop.Cart#total:\n" + overloads.output());
		assertTrue(overloads.isError());
		assertEquals("2 methods total in com.shop.Cart; pick one by its parameter types: com.shop.Cart#total(int), "
				+ "com.shop.Cart#total(int, int).", overloads.output());
	}

	/** The result's lines after the first, sorted: JDT reports hierarchy members in no fixed order. */
	private static String sorted(String output) {
		var lines = output.lines().toList();
		return lines.get(0) + "\n" + String.join("\n", lines.subList(1, lines.size()).stream().sorted().toList());
	}

	private static String sortedCandidates(String output) {
		var marker = "similar name: ";
		var at = output.indexOf(marker);
		if (at < 0) {
			return output;
		}
		var names = output.substring(at + marker.length(), output.length() - 1).split(", ");
		var order = List.of("com.shop.Pricing", "com.shop.BasePricing", "com.shop.DiscountPricing");
		var sorted = java.util.Arrays.stream(names).sorted(java.util.Comparator.comparingInt(name -> order.indexOf(name) < 0
				? 99 : order.indexOf(name))).toList();
		return output.substring(0, at + marker.length()) + String.join(", ", sorted) + ".";
	}
}
