package dev.piassistant.ui.chat.internal;

import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;

/**
 * Tools for the Agent view's tests, offered to the agent as a real {@link ToolProvider} service: a write
 * that records its calls (its risk makes the agent ask first), a wait that blocks until the task is
 * stopped, and a check that always fails.
 */
final class TestTools implements ToolProvider, AutoCloseable {

	static final String WRITE = "write_note";
	static final String WAIT = "wait_for_stop";
	static final String BROKEN = "check_build";

	final List<String> written = new CopyOnWriteArrayList<>();
	final CountDownLatch waiting = new CountDownLatch(1);
	volatile boolean waitSawStop;
	private final ServiceRegistration<ToolProvider> registration;

	TestTools() {
		var context = FrameworkUtil.getBundle(TestTools.class).getBundleContext();
		registration = context.registerService(ToolProvider.class, this, new Hashtable<>());
	}

	@Override
	public List<Tool> tools() {
		return List.of(
				new Tool(WRITE, "Write a note to a file of the workspace",
						Schema.object().string("path", "File to write", true).string("text", "What to write", true).build(),
						Risk.WRITE, this::write),
				new Tool(WAIT, "Wait until the task is stopped", Schema.object().build(), Risk.READ, this::waitForStop),
				new Tool(BROKEN, "Check that a module builds", Schema.object().string("module", "The module", true).build(),
						Risk.READ, call -> ToolResult.error("The build of " + call.text("module", "") + " failed.")));
	}

	private ToolResult write(ToolInvocation call) {
		written.add(call.text("path", "") + ": " + call.text("text", ""));
		return ToolResult.ok("Wrote " + call.text("path", ""));
	}

	private ToolResult waitForStop(ToolInvocation call) throws InterruptedException {
		var stopped = new CountDownLatch(1);
		call.context().onCancel(stopped::countDown);
		waiting.countDown();
		waitSawStop = stopped.await(30, TimeUnit.SECONDS);
		return ToolResult.ok("stopped waiting");
	}


	@Override
	public void close() {
		registration.unregister();
	}
}
