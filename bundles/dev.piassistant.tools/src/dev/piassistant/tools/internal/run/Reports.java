package dev.piassistant.tools.internal.run;

import java.time.Duration;

import dev.piassistant.core.tool.ToolResult;

/** What the model is told about a process: its exit code and output, or why it was stopped. */
public final class Reports {

	private static final int ERROR_TAIL = 2_000;

	private Reports() {
	}

	public static ToolResult of(ProcessResult result, Duration timeout) {
		if (result.cancelled()) {
			return ToolResult.error("The task was stopped; the command was killed with every process it started.");
		}
		if (result.timedOut()) {
			return ToolResult.error("The command did not finish within " + timeout.toSeconds() + " s; it was killed with every process it "
					+ "started. Run it with a larger timeoutSeconds, or in smaller parts.\n" + output(result));
		}
		var text = new StringBuilder();
		text.append("Exit code ").append(result.exitCode()).append(" (").append(result.millis()).append(" ms)\n");
		text.append(output(result));
		if (result.exitCode() != 0 && !result.stderr().isBlank()) {
			var errors = result.stderr().strip();
			text.append("\nThe command failed. The end of its error output:\n")
					.append(errors.length() <= ERROR_TAIL ? errors : errors.substring(errors.length() - ERROR_TAIL));
		}
		if (result.omitted() > 0) {
			text.append("\n[Output was capped: ").append(result.omitted())
					.append(" bytes in the middle were left out. Narrow the command (grep, head, tail) or raise maxOutputChars to see more.]");
		}
		return ToolResult.process(result.exitCode(), text.toString());
	}

	private static String output(ProcessResult result) {
		var text = new StringBuilder();
		if (!result.stdout().isEmpty()) {
			text.append(result.stdout());
			if (!result.stdout().endsWith("\n")) {
				text.append('\n');
			}
		}
		if (!result.stderr().isBlank() && (result.exitCode() == 0 || result.timedOut())) {
			text.append("[stderr]\n").append(result.stderr());
		}
		return text.isEmpty() ? "(no output)\n" : text.toString();
	}
}
