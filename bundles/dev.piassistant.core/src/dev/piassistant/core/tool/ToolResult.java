package dev.piassistant.core.tool;

import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What a tool call returned: the text the model reads, whether it failed, and the plain signals the agent
 * judges the result by before it asks any model (an exit code, test counts).
 *
 * @param isError  whether the call failed
 * @param output   what the model is told
 * @param exitCode the exit code of a process the tool ran, if it ran one
 * @param tests    test counts, if the tool ran tests
 */
public record ToolResult(boolean isError, String output, @Nullable Integer exitCode, @Nullable TestCounts tests) {

	public ToolResult {
		Objects.requireNonNull(output, "output");
	}

	/** Tests run and failed. */
	public record TestCounts(int run, int failed) {
	}

	public static ToolResult ok(String output) {
		return new ToolResult(false, output, null, null);
	}

	public static ToolResult error(String message) {
		return new ToolResult(true, message, null, null);
	}

	/** A process's result: a non-zero exit code is a failure. */
	public static ToolResult process(int exitCode, String output) {
		return new ToolResult(exitCode != 0, output, exitCode, null);
	}

	public ToolResult withTests(int run, int failed) {
		return new ToolResult(isError || failed > 0, output, exitCode, new TestCounts(run, failed));
	}
}
