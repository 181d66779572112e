package dev.piassistant.tools.mcp.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolContext;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolResult;

/** Calls a tool's handler as the agent does, with a context that keeps the progress lines. */
final class Calls implements ToolContext {

	final List<String> progress = new CopyOnWriteArrayList<>();
	private final SessionId session = SessionId.random();
	private final TaskId task = TaskId.random();

	static ToolResult call(Tool tool, String argumentsJson) throws Exception {
		return new Calls().run(tool, argumentsJson);
	}

	ToolResult run(Tool tool, String argumentsJson) throws Exception {
		var arguments = new ObjectMapper().readTree(argumentsJson);
		return tool.handler().run(new ToolInvocation(new ToolCall("c1", tool.name(), argumentsJson), arguments, this));
	}

	static Tool named(List<Tool> tools, String name) {
		return tools.stream().filter(tool -> tool.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no tool " + name + " in " + tools.stream().map(Tool::name).toList()));
	}

	@Override
	public SessionId session() {
		return session;
	}

	@Override
	public TaskId task() {
		return task;
	}

	@Override
	public Path workspace() {
		return Path.of(System.getProperty("java.io.tmpdir"));
	}

	@Override
	public boolean isCancelled() {
		return false;
	}

	@Override
	public void onCancel(Runnable action) {
	}

	@Override
	public void progress(String message) {
		progress.add(message);
	}
}
