package dev.piassistant.planning.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;

/**
 * Real tools over a folder, as the agent's tests need them: read and write files, run a shell command (a real
 * process, killed on cancel), and wait until cancelled. Every call that reached a handler is recorded, so tests
 * can tell which calls ran and how often.
 */
final class WorkspaceTools implements ToolProvider {

	record Ran(String tool, String arguments) {
	}

	private final Path root;
	private final List<Ran> ran = new CopyOnWriteArrayList<>();
	final CountDownLatch waitingStarted = new CountDownLatch(1);
	volatile boolean waitSawCancel;

	WorkspaceTools(Path root) {
		this.root = root;
	}

	List<Ran> ran() {
		return List.copyOf(ran);
	}

	long ran(String tool) {
		return ran.stream().filter(call -> call.tool().equals(tool)).count();
	}

	@Override
	public List<Tool> tools() {
		return List.of(
				new Tool("read_file", "Read a text file of the workspace",
						Schema.object().string("path", "Path relative to the workspace", true).build(), Risk.READ, this::read),
				new Tool("write_file", "Write a text file of the workspace",
						Schema.object().string("path", "Path relative to the workspace", true)
								.string("content", "The whole new content", true).build(), Risk.WRITE, this::write),
				new Tool("run", "Run a shell command in the workspace",
						Schema.object().string("command", "The command line", true)
								.integer("timeoutSeconds", "Give up after this long", 1, 600, false).build(), Risk.EXECUTE, this::run),
				new Tool("wait", "Wait until the task is stopped", Schema.object().build(), Risk.READ, this::waitForCancel));
	}

	private ToolResult read(ToolInvocation call) throws IOException {
		ran.add(new Ran("read_file", call.call().arguments()));
		var file = root.resolve(call.text("path", ""));
		if (!Files.exists(file)) {
			return ToolResult.error("No file " + call.text("path", "") + " in the workspace.");
		}
		return ToolResult.ok(Files.readString(file, StandardCharsets.UTF_8));
	}

	private ToolResult write(ToolInvocation call) throws IOException {
		ran.add(new Ran("write_file", call.call().arguments()));
		var file = root.resolve(call.text("path", ""));
		Files.createDirectories(file.getParent());
		Files.writeString(file, call.text("content", ""), StandardCharsets.UTF_8);
		return ToolResult.ok("Wrote " + call.text("path", ""));
	}

	private ToolResult run(ToolInvocation call) throws Exception {
		ran.add(new Ran("run", call.call().arguments()));
		var process = new ProcessBuilder("sh", "-c", call.text("command", "")).directory(root.toFile())
				.redirectErrorStream(true).start();
		call.context().onCancel(process::destroyForcibly);
		if (!process.waitFor(call.number("timeoutSeconds", 30), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return ToolResult.error("The command did not finish in time.");
		}
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return ToolResult.process(process.exitValue(), output);
	}

	private ToolResult waitForCancel(ToolInvocation call) throws InterruptedException {
		ran.add(new Ran("wait", call.call().arguments()));
		var cancelled = new CountDownLatch(1);
		call.context().onCancel(cancelled::countDown);
		waitingStarted.countDown();
		waitSawCancel = cancelled.await(30, TimeUnit.SECONDS);
		return ToolResult.ok("stopped waiting");
	}
}
