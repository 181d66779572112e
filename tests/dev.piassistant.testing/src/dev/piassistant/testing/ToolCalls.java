package dev.piassistant.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolContext;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;

/**
 * Calls a tool's handler as the agent loop does: with its arguments parsed and a context that names the workspace,
 * keeps the progress lines the tool reports, and is cancelled only when the test stops it (as the user's Stop button
 * does).
 */
public final class ToolCalls implements ToolContext {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final List<String> progress = new CopyOnWriteArrayList<>();
	private final List<Runnable> onStop = new CopyOnWriteArrayList<>();
	private volatile boolean stopped;
	private final SessionId session = SessionId.random();
	private final TaskId task = TaskId.random();
	private final Path workspace;

	public ToolCalls(Path workspace) {
		this.workspace = workspace;
	}

	/** Runs a tool once, its arguments given as JSON text. */
	public static ToolResult call(Tool tool, Path workspace, String argumentsJson) throws Exception {
		return new ToolCalls(workspace).run(tool, argumentsJson);
	}

	public ToolResult run(Tool tool, String argumentsJson) throws Exception {
		var call = new ToolCall("c1", tool.name(), argumentsJson);
		return tool.handler().run(new ToolInvocation(call, JSON.readTree(argumentsJson), this));
	}

	/** A tool that Declarative Services registered, by its name; waits for the first provider. */
	public static Tool registered(String name) {
		var context = FrameworkUtil.getBundle(ToolCalls.class).getBundleContext();
		OsgiServices.await(ToolProvider.class, Duration.ofSeconds(20));
		try {
			for (var reference : context.getServiceReferences(ToolProvider.class, null)) {
				for (var tool : context.getService(reference).tools()) {
					if (tool.name().equals(name)) {
						return tool;
					}
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		throw new AssertionError("no tool " + name + " is registered");
	}

	/** The tool of that name in a list, or a failure naming the tools there are. */
	public static Tool named(List<Tool> tools, String name) {
		return tools.stream().filter(tool -> tool.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no tool " + name + " in " + tools.stream().map(Tool::name).toList()));
	}

	public List<String> progress() {
		return progress;
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
		return workspace;
	}

	/** Stops the task the call belongs to: the context reads cancelled and what the tool asked to run on it runs. */
	public void stop() {
		stopped = true;
		onStop.forEach(Runnable::run);
	}

	@Override
	public boolean isCancelled() {
		return stopped;
	}

	@Override
	public void onCancel(Runnable action) {
		onStop.add(action);
	}

	@Override
	public void progress(String message) {
		progress.add(message);
	}
}
