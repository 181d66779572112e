package dev.piassistant.tools.internal;

import java.nio.file.Path;
import java.util.function.Predicate;

import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.core.tool.WorkspaceModel;
import dev.piassistant.tools.internal.secrets.KnownSecrets;

/** What the tools share: secrets to scrub from their output, and what the IDE knows of the workspace. */
public final class ToolSupport {

	private final KnownSecrets secrets;
	private volatile WorkspaceModel model;

	public ToolSupport(KnownSecrets secrets) {
		this.secrets = secrets;
	}

	public void setModel(WorkspaceModel workspaceModel) {
		model = workspaceModel;
	}

	public Predicate<Path> derived() {
		var current = model;
		return current == null ? path -> false : current::isDerived;
	}

	/** The result with secrets taken out of its text. */
	public ToolResult scrub(ToolResult result) {
		return new ToolResult(result.isError(), secrets.secrets().scrub(result.output()), result.exitCode(), result.tests());
	}

	public String scrub(String text) {
		return secrets.secrets().scrub(text);
	}
}
