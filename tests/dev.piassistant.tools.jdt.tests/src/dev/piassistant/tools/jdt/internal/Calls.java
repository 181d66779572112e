package dev.piassistant.tools.jdt.internal;

import java.nio.file.Path;
import java.util.UUID;
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

/** Calls the tools that Declarative Services registered, as the agent would, in the workspace folder. */
final class Calls {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Calls() {
	}

	/** A registered tool by its name. */
	static Tool tool(String name) throws InvalidSyntaxException {
		var context = FrameworkUtil.getBundle(Calls.class).getBundleContext();
		dev.piassistant.testing.OsgiServices.await(ToolProvider.class, java.time.Duration.ofSeconds(20));
		for (var reference : context.getServiceReferences(ToolProvider.class, null)) {
			var provider = context.getService(reference);
			for (var tool : provider.tools()) {
				if (tool.name().equals(name)) {
					return tool;
				}
			}
		}
		throw new AssertionError("no tool " + name + " is registered");
	}

	/** Runs a tool with arguments given as JSON text. */
	static ToolResult call(String name, String arguments) throws Exception {
		var call = new ToolCall("call-" + UUID.randomUUID(), name, arguments);
		return tool(name).handler().run(new ToolInvocation(call, JSON.readTree(arguments), new Context(JavaWorkspace.folder())));
	}

	/** A call's context: never cancelled; what it reports is kept. */
	static final class Context implements ToolContext {
		final java.util.List<String> progress = new CopyOnWriteArrayList<>();
		private final SessionId session = SessionId.random();
		private final TaskId task = TaskId.random();
		private final Path workspace;

		Context(Path workspace) {
			this.workspace = workspace;
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
}
