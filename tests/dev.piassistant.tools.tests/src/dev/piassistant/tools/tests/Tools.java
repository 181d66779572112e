package dev.piassistant.tools.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.llm.ToolCall;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolContext;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolRegistry;
import dev.piassistant.core.tool.ToolResult;

/**
 * Calls the tools as the agent does, by name through the tool registry, with arguments as JSON and a context
 * over a workspace folder that can be cancelled.
 */
final class Tools {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ToolRegistry registry = Held.service(ToolRegistry.class);
	private final Path workspace;
	final Context context;

	Tools(Path workspace) {
		this.workspace = workspace;
		this.context = new Context(workspace);
	}

	Tool tool(String name) {
		return registry.find(name).orElseThrow(() -> new AssertionError("no tool " + name + " among " + registry.tools().stream()
				.map(Tool::name).toList()));
	}

	ToolResult call(String name, Object... keysAndValues) throws Exception {
		var arguments = arguments(keysAndValues);
		return tool(name).handler().run(new ToolInvocation(new ToolCall("call-" + System.nanoTime(), name, arguments.toString()),
				arguments, context));
	}

	static JsonNode arguments(Object... keysAndValues) {
		var node = JSON.createObjectNode();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
		}
		return node;
	}

	Path workspace() {
		return workspace;
	}

	/** A tool context over a folder; {@link #cancel()} stops the call as the Stop button does. */
	static final class Context implements ToolContext {

		private final Path folder;
		private final SessionId session = SessionId.random();
		private final TaskId task = TaskId.random();
		private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
		final List<String> progress = new CopyOnWriteArrayList<>();
		private volatile boolean cancelled;

		Context(Path folder) {
			this.folder = folder;
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
			return folder;
		}

		@Override
		public boolean isCancelled() {
			return cancelled;
		}

		@Override
		public synchronized void onCancel(Runnable action) {
			if (cancelled) {
				action.run();
			} else {
				onCancel.add(action);
			}
		}

		@Override
		public void progress(String message) {
			progress.add(message);
		}

		synchronized void cancel() {
			cancelled = true;
			onCancel.forEach(Runnable::run);
		}
	}
}
