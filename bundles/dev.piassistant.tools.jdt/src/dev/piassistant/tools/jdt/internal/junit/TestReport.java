package dev.piassistant.tools.jdt.internal.junit;

import java.nio.file.Path;

import org.eclipse.debug.core.model.IProcess;
import org.eclipse.jdt.core.JavaModelException;

import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.jdt.internal.junit.TestRun.End;
import dev.piassistant.tools.jdt.internal.search.Places;

/**
 * What the model is told about a test run: the counts first, then each failure with its message and the frames of the
 * user's code it went through, capped; or why no results came (the JVM ended early, the time ran out, the task was
 * stopped), with the end of the JVM's output.
 */
public final class TestReport {

	private static final int FAILURES_SHOWN = 20;
	private static final int OUTPUT_TAIL = 2_000;

	private final Path workspace;
	private final int maxChars;

	public TestReport(Path workspace, int maxChars) {
		this.workspace = workspace;
		this.maxChars = maxChars;
	}

	public ToolResult of(TestSelection selection, TestRun.Outcome outcome) throws JavaModelException {
		var session = outcome.session();
		if (session == null) {
			return ToolResult.error(switch (outcome.end()) {
			case CANCELLED -> "The test run of " + selection.describe() + " was stopped before any test ran; its JVM was terminated.";
			case TIMED_OUT -> "The test run of " + selection.describe() + " reported nothing within the time limit; its JVM was terminated.";
			default -> "The test JVM for " + selection.describe() + " ended without running tests." + output(outcome);
			});
		}
		var results = TestResults.of(session, outcome.took().toMillis() / 1000.0);
		var text = new StringBuilder("Tests of " + selection.describe() + ": " + results.summary() + ".");
		if (outcome.end() == End.CANCELLED) {
			text.append("\nThe run was stopped by the user; its JVM was terminated. The counts are of the tests that ended.");
		} else if (outcome.end() == End.TIMED_OUT) {
			text.append("\nThe run took longer than its time limit; its JVM was terminated. The counts are of the tests that ended.");
		} else if (outcome.end() == End.JVM_ENDED) {
			text.append("\nThe test JVM ended before the run was complete." + output(outcome));
		}
		if (!outcome.running().isEmpty() && outcome.end() != End.FINISHED) {
			text.append("\nRunning when it was terminated: ").append(String.join(", ", outcome.running())).append('.');
		}
		if (results.run() == 0 && results.ignored() == 0 && outcome.end() == End.FINISHED) {
			text.append("\nNo tests were found: are they annotated with @Test, and is the right JUnit on the build path?");
		}
		var traces = new Traces(selection.project(), new Places(workspace));
		var shown = 0;
		for (var failure : results.failures()) {
			if (shown++ == FAILURES_SHOWN) {
				text.append("\n... and ").append(results.failures().size() - FAILURES_SHOWN).append(" more failures.");
				break;
			}
			text.append("\n\n").append(failure.error() ? "ERROR " : "FAILED ").append(failure.test()).append(": ")
					.append(Traces.message(failure.trace()));
			for (var frame : traces.userFrames(failure.trace())) {
				text.append("\n    ").append(frame);
			}
		}
		var capped = text.length() > maxChars ? text.substring(0, maxChars) + "\n... (cut at " + maxChars + " characters)"
				: text.toString();
		var result = ToolResult.ok(capped).withTests(results.run(), results.failed() + results.errors());
		return outcome.end() == End.FINISHED ? result : new ToolResult(true, result.output(), null, result.tests());
	}

	/** The end of what the JVM printed, for runs that reported no results. */
	private static String output(TestRun.Outcome outcome) {
		var text = new StringBuilder();
		for (IProcess process : outcome.launch().getProcesses()) {
			var streams = process.getStreamsProxy();
			if (streams != null) {
				text.append(streams.getOutputStreamMonitor().getContents()).append(streams.getErrorStreamMonitor().getContents());
			}
		}
		var all = text.toString().strip();
		if (all.isEmpty()) {
			return "";
		}
		return "\nIts output ended with:\n" + (all.length() > OUTPUT_TAIL ? "..." + all.substring(all.length() - OUTPUT_TAIL) : all);
	}
}
