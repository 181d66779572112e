package dev.piassistant.tools.mcp.internal.server;

import java.nio.file.Path;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.tool.ToolContext;

/** Where a served call runs: the serving workspace; progress goes nowhere (the client sees only the result). */
record ServingContext(SessionId session, TaskId task, Path workspace) implements ToolContext {

	@Override
	public boolean isCancelled() {
		return false;
	}

	@Override
	public void onCancel(Runnable action) {
		// A served call runs to its end: the SDK gives no cancellation to the handler.
	}

	@Override
	public void progress(String message) {
		// Shown nowhere.
	}
}
