package dev.piassistant.memory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.piassistant.core.memory.EntityKind;
import dev.piassistant.core.memory.GraphQuestion;
import dev.piassistant.core.memory.Hit;
import dev.piassistant.core.memory.MemoryQuery;

/** A small shop project indexed for real: what its graph answers about calls, hierarchy, tests and use. */
class JavaGraphTest {

	@RegisterExtension
	final MemoryFixture fixture = new MemoryFixture();

	@BeforeEach
	void project() {
		Shop.write(fixture);
		var report = fixture.index();
		assertEquals(List.of(), report.problems());
		assertEquals(7, report.parsed(), "every Java file is read on the first run");
	}

	@Test
	void callersAndCalleesFollowTheCodeThroughLocalsFieldsAndRecordAccessors() {
		assertEquals(List.of("Cart.checkout(Payment)", "CartTest.totalAddsPrices()"), fixture.ask(GraphQuestion.CALLERS, "Cart#total"));
		assertEquals(List.of("Cart.total()", "Payment.charge(long)"), fixture.ask(GraphQuestion.CALLEES, "Cart.checkout"));
		assertEquals(List.of("Cart.total()"), fixture.ask(GraphQuestion.CALLERS, "Item#price"));
		assertEquals(List.of("CardPayment.charge(long)"), fixture.ask(GraphQuestion.CALLERS, "Receipt#Receipt"),
				"a constructor's callers are those who create one");
	}

	@Test
	void implementorsAndOverridesFollowTheHierarchy() {
		assertEquals(List.of("CardPayment"), fixture.ask(GraphQuestion.IMPLEMENTORS, "Payment"));
		assertEquals(List.of("CardPayment.charge(long)"), fixture.ask(GraphQuestion.IMPLEMENTORS, "Payment#charge"));
	}

	@Test
	void testsOfATypeAreItsTestClassAndTheTestsThatCallIt() {
		assertEquals(List.of("CartTest", "CartTest.checkoutCharges()", "CartTest.totalAddsPrices()"),
				fixture.ask(GraphQuestion.TESTS, "Cart"));
		assertEquals(List.of("CartTest.totalAddsPrices()"), fixture.ask(GraphQuestion.TESTS, "shop.Cart#add"));
	}

	@Test
	void referencesOfATypeAreTheTypesAndFilesThatUseIt() {
		var users = fixture.ask(GraphQuestion.REFERENCES, "shop.Receipt");
		assertTrue(users.containsAll(List.of("Cart", "CardPayment", "Payment")), users.toString());
	}

	@Test
	void eachMethodIsAChunkWithItsLinesAndKeywordsFindItByTheWordsOfItsName() {
		var hits = fixture.memory.search(MemoryQuery.of("total price", 5).only(Hit.Signal.KEYWORDS).ofKinds(java.util.Set.of(EntityKind.METHOD)));
		var first = hits.get(0);
		assertEquals("Cart.total()", first.title());
		assertEquals(fixture.root.name() + "/src/shop/Cart.java", first.source().path());
		assertEquals(12, first.source().startLine());
		assertEquals(16, first.source().endLine());
		assertTrue(first.snippet().contains("price()"), first.snippet());
	}
}
