package dev.piassistant.tools.internal.build;

import org.eclipse.jdt.annotation.Nullable;

import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.tools.internal.run.ProcessResult;

/** What the model is told about a test run: the counts, the failures, and the build's end when it broke. */
final class Summaries {

	private static final int BUILD_TAIL = 4_000;

	private Summaries() {
	}

	static ToolResult report(TestReports.Summary summary, @Nullable ProcessResult build) {
		var text = new StringBuilder();
		if (build != null) {
			text.append("The build ").append(build.exitCode() == 0 ? "succeeded" : "failed (exit code " + build.exitCode() + ")")
					.append(" in ").append(build.millis() / 1000).append(" s.\n");
		}
		if (summary.files() == 0) {
			text.append("No test reports were written");
			if (build != null && build.exitCode() != 0) {
				text.append(": the build failed before the tests ran. The end of its output:\n").append(tail(build.stdout() + build.stderr()));
			} else {
				text.append(".\n");
			}
			var result = build == null ? ToolResult.ok(text.toString()) : ToolResult.process(build.exitCode(), text.toString());
			return result.withTests(0, 0);
		}
		text.append("Tests: ").append(summary.run()).append(" run, ").append(summary.failed()).append(" failed, ")
				.append(summary.errors()).append(" with errors, ").append(summary.skipped()).append(" skipped.\n");
		var shown = 0;
		for (var failure : summary.failures()) {
			if (shown++ == BuildTool.shownFailures()) {
				text.append("[").append(summary.failures().size() - BuildTool.shownFailures()).append(" more failures left out.]\n");
				break;
			}
			text.append("FAILED ").append(failure.test()).append(failure.location().isEmpty() ? "" : " (" + failure.location() + ")")
					.append(": ").append(failure.message().isEmpty() ? "(no message)" : failure.message().lines().findFirst().orElse(""))
					.append('\n');
		}
		if (build != null && build.exitCode() != 0 && summary.failures().isEmpty()) {
			text.append("The end of the build's output:\n").append(tail(build.stdout() + build.stderr()));
		}
		var exit = build == null ? 0 : build.exitCode();
		return ToolResult.process(exit, text.toString()).withTests(summary.run(), summary.failed() + summary.errors());
	}

	private static String tail(String output) {
		var text = output.strip();
		return (text.length() <= BUILD_TAIL ? text : text.substring(text.length() - BUILD_TAIL)) + "\n";
	}
}
