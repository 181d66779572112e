package dev.piassistant.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.piassistant.core.agent.Limits;
import dev.piassistant.core.agent.Spend;
import dev.piassistant.core.llm.PriceRule;
import dev.piassistant.core.llm.TokenUsage;

/** Caps, prices and the share of a cap a task has spent. */
class BudgetTest {

	@Test
	void theLargerShareOfEitherCapCounts() {
		var limits = Limits.DEFAULT.withMaxTokens(10_000).withMaxCost(1.0);
		var spent = new Spend(6_000, 500, 0.9);
		assertEquals(0.9, spent.share(limits), 1e-9);
		assertFalse(spent.reaches(limits));
		assertTrue(spent.plus(new Spend(0, 0, 0.1)).reaches(limits));
	}

	@Test
	void noCapsMeansNothingIsEverReached() {
		var limits = Limits.DEFAULT.withMaxTokens(0);
		assertFalse(new Spend(50_000_000, 1_000_000, 99).reaches(limits));
	}

	@Test
	void pricesApplyPerMillionTokensAndPatternsMatchFamilies() {
		var rule = new PriceRule("gpt-4o*", 2.5, 10, 128_000);
		assertTrue(rule.matches("gpt-4o-mini"));
		assertFalse(rule.matches("gpt-4"));
		assertEquals(0.0125 + 0.01, rule.cost(new TokenUsage(5_000, 1_000)), 1e-9);
		assertTrue(new PriceRule("qwen2.5:7b", 0, 0, 0).matches("qwen2.5:7b"), "dots and colons are literal");
		assertFalse(new PriceRule("qwen2.5:7b", 0, 0, 0).matches("qwen2x5:7b"));
	}
}
