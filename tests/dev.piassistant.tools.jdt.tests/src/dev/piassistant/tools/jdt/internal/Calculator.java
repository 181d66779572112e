package dev.piassistant.tools.jdt.internal;

import java.util.Map;

/** A small JUnit 5 project: a calculator with a bug, its tests (one passes, one fails, one is disabled), a slow test. */
final class Calculator {

	static final String CALC = "com/calc/Calc.java";
	static final String TEST = "com/calc/CalcTest.java";
	static final String SLOW = "com/calc/SlowTest.java";
	/** The line of CalcTest that fails. */
	static final int FAILING_LINE = 16;

	private Calculator() {
	}

	static Map<String, String> sources() {
		return Map.of(CALC, """
				package com.calc;

				public class Calc {
					public static int add(int a, int b) {
						return a + b;
					}

					public static int half(int a) {
						return a / 4;
					}
				}
				""", TEST, """
				package com.calc;

				import static org.junit.jupiter.api.Assertions.assertEquals;

				import org.junit.jupiter.api.Disabled;
				import org.junit.jupiter.api.Test;

				class CalcTest {
					@Test
					void adds() {
						assertEquals(5, Calc.add(2, 3));
					}

					@Test
					void halves() {
						assertEquals(4, Calc.half(8), "half of 8");
					}

					@Disabled("not yet")
					@Test
					void multiplies() {
					}
				}
				""", SLOW, """
				package com.calc;

				import org.junit.jupiter.api.Test;

				class SlowTest {
					@Test
					void waits() throws Exception {
						Thread.sleep(120_000);
					}
				}
				""");
	}
}
