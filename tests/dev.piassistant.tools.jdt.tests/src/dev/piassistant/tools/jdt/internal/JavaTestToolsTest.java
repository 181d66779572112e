package dev.piassistant.tools.jdt.internal;

import static dev.piassistant.tools.jdt.internal.ScriptedAgent.call;
import static dev.piassistant.tools.jdt.internal.ScriptedAgent.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.junit.JUnitCore;
import org.eclipse.jdt.junit.TestRunListener;
import org.eclipse.jdt.junit.model.ITestCaseElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.piassistant.core.event.TaskCompleted;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.testing.ToolCalls;

/**
 * {@code java_run_tests} on a real JUnit 5 project (the JUnit library container on its build path), launched in its
 * own JVM through JDT's JUnit launching: once from the real agent loop, where the model reads the failing test, its
 * message and line; once stopped by the user while a test sleeps, which terminates the test JVM. Tests that cannot run
 * (an unknown project, one that does not compile) are refused with the reason, without a launch.
 */
class JavaTestToolsTest {

	private static JavaWorkspace calc;

	@BeforeAll
	static void createProject() throws Exception {
		calc = JavaWorkspace.create("calc", Calculator.sources(), JavaCore.newContainerEntry(JUnitCore.JUNIT5_CONTAINER_PATH));
		assertEquals(List.of(), calc.errors(), "the project compiles against the JUnit 5 library");
	}

	@AfterAll
	static void deleteProject() throws Exception {
		calc.close();
	}

	@Test
	void theModelReadsTheFailingTestItsMessageAndLine() throws Exception {
		try (var agent = new ScriptedAgent()) {
			agent.server.enqueue(call("t1", "java_run_tests", Map.of("project", "calc", "type", "com.calc.CalcTest")),
					say("One test fails: half divides by 4."));
			assertInstanceOf(TaskCompleted.class, agent.run("Run the calculator's tests"));
			var result = agent.toolResults().get(0);
			System.out.println("java_run_tests com.calc.CalcTest, as the model is told:\n" + result);

			assertEquals(List.of("java_run_tests"), agent.approved, "running tests is asked like a shell command");
			assertTrue(result.startsWith("Tests of com.calc.CalcTest of calc: 2 run, 1 passed, 1 failed, 0 errors, 1 ignored in "),
					result);
			assertTrue(result.contains("FAILED com.calc.CalcTest.halves: org.opentest4j.AssertionFailedError: half of 8 ==> "
					+ "expected: <4> but was: <2>"), result);
			assertTrue(result.contains("at com.calc.CalcTest.halves(CalcTest.java:" + Calculator.FAILING_LINE + ") "
					+ calc.path(Calculator.TEST) + ":" + Calculator.FAILING_LINE), result);
			assertFalse(result.contains("adds"), "passing tests are only counted: " + result);
		}
	}

	@Test
	void stoppingTheTaskTerminatesTheTestJvm() throws Exception {
		var context = new ToolCalls(JavaWorkspace.folder());
		var tool = ToolCalls.registered("java_run_tests");
		var arguments = "{\"project\": \"calc\", \"type\": \"com.calc.SlowTest\"}";
		var running = Executors.newSingleThreadExecutor();
		var started = new CountDownLatch(1);
		var listener = new TestRunListener() {
			@Override
			public void testCaseStarted(ITestCaseElement test) {
				started.countDown();
			}
		};
		JUnitCore.addTestRunListener(listener);
		try {
			var result = running.submit(() -> context.run(tool, arguments));
			var jvm = testJvm(Duration.ofSeconds(60));
			assertTrue(started.await(60, TimeUnit.SECONDS), "the slow test started");
			var stopped = System.nanoTime();
			context.stop();
			ToolResult answer = result.get(30, TimeUnit.SECONDS);
			System.out.printf("Stopped the test JVM in %d ms; the model is told:%n%s%n",
					(System.nanoTime() - stopped) / 1_000_000, answer.output());
			assertTrue(answer.isError(), answer.output());
			assertTrue(answer.output().contains("The run was stopped by the user; its JVM was terminated."), answer.output());
			assertTrue(answer.output().contains("Running when it was terminated: com.calc.SlowTest.waits"), answer.output());
			jvm.onExit().get(10, TimeUnit.SECONDS);
			assertFalse(jvm.isAlive(), "the launched JVM was terminated");
		} finally {
			JUnitCore.removeTestRunListener(listener);
			running.shutdownNow();
		}
	}

	@Test
	void testsThatCannotRunAreRefusedWithTheReason() throws Exception {
		var unknown = Calls.call("java_run_tests", "{\"project\": \"nope\"}");
		assertTrue(unknown.isError());
		assertTrue(unknown.output().startsWith("There is no open Java project named 'nope'. The Java projects: "),
				unknown.output());
		assertTrue(unknown.output().contains("calc"), unknown.output());

		try (var broken = JavaWorkspace.create("broken", Map.of("com/calc/Calc.java", """
				package com.calc;

				public class Calc {
					public static int add(int a, int b) {
						return "a" + b;
					}
				}
				"""), JavaCore.newContainerEntry(JUnitCore.JUNIT5_CONTAINER_PATH))) {
			var refused = Calls.call("java_run_tests", "{\"project\": \"broken\"}");
			System.out.println("java_run_tests on a project with a compile error:\n" + refused.output());
			assertTrue(refused.isError());
			assertTrue(refused.output().startsWith("The tests were not run: broken does not compile. 1 compile error:\n"
					+ broken.path("com/calc/Calc.java") + ":5: Type mismatch"), refused.output());
		}
	}

	/** The JVM that JDT launched to run tests: a child of this one whose command line names JDT's test runner. */
	private static ProcessHandle testJvm(Duration wait) throws InterruptedException {
		var deadline = System.nanoTime() + wait.toNanos();
		while (System.nanoTime() < deadline) {
			var found = ProcessHandle.current().children()
					.filter(child -> child.info().commandLine().orElse("").contains("RemoteTestRunner")).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no test JVM was launched within " + wait);
	}
}
