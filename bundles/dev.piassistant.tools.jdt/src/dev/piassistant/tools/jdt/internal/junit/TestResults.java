package dev.piassistant.tools.jdt.internal.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.junit.model.ITestCaseElement;
import org.eclipse.jdt.junit.model.ITestElement;
import org.eclipse.jdt.junit.model.ITestElement.Result;
import org.eclipse.jdt.junit.model.ITestElementContainer;
import org.eclipse.jdt.junit.model.ITestRunSession;
import org.eclipse.jdt.junit.model.ITestSuiteElement;

/**
 * What a finished test run came to, read from JDT's test-run model (the tree the JUnit view shows): the counts and
 * each failed test with its message and the frames of the user's code in its trace.
 *
 * @param seconds how long the run took, from the launch of its JVM to its end
 */
public record TestResults(int run, int passed, int failed, int errors, int ignored, double seconds, List<Failure> failures) {

	public TestResults {
		failures = List.copyOf(failures);
	}

	/**
	 * A test (or a test class whose set-up failed) that did not pass.
	 *
	 * @param error whether it threw something other than a failed assertion
	 */
	public record Failure(String test, boolean error, String trace) {
	}

	/** Reads a session's tree; the run took {@code seconds}. */
	public static TestResults of(ITestRunSession session, double seconds) {
		var counter = new Counter();
		counter.visit(session);
		return new TestResults(counter.run, counter.run - counter.failed - counter.errors, counter.failed, counter.errors,
				counter.ignored, seconds, counter.failures);
	}

	/** One line of counts, as the model reads it first. */
	public String summary() {
		return String.format(Locale.ROOT, "%d run, %d passed, %d failed, %d errors, %d ignored in %.1f s", run, passed,
				failed, errors, ignored, seconds);
	}

	private static String name(ITestCaseElement test) {
		return test.getTestClassName() + "." + test.getTestMethodName();
	}

	private static final class Counter {
		int run;
		int failed;
		int errors;
		int ignored;
		final List<Failure> failures = new ArrayList<>();

		void visit(ITestElement element) {
			if (element instanceof ITestCaseElement test) {
				count(test);
			} else if (element instanceof ITestElementContainer container) {
				if (element instanceof ITestSuiteElement suite && element.getFailureTrace() != null) {
					// A class whose @BeforeAll or constructor failed: its tests never ran, the failure is on the class.
					failures.add(new Failure(suite.getSuiteTypeName(), element.getTestResult(false) == Result.ERROR,
							element.getFailureTrace().getTrace()));
					errors++;
				}
				for (var child : container.getChildren()) {
					visit(child);
				}
			}
		}

		private void count(ITestCaseElement test) {
			var result = test.getTestResult(false);
			if (result == Result.IGNORED) {
				ignored++;
				return;
			}
			if (result == Result.UNDEFINED) {
				return; // not ended: the run was stopped before or in it
			}
			run++;
			if (result == Result.FAILURE || result == Result.ERROR) {
				if (result == Result.FAILURE) {
					failed++;
				} else {
					errors++;
				}
				var trace = test.getFailureTrace();
				failures.add(new Failure(name(test), result == Result.ERROR,
						trace == null ? "" : trace.getTrace()));
			}
		}
	}
}
