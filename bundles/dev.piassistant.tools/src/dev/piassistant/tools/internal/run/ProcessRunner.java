package dev.piassistant.tools.internal.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.piassistant.core.tool.ToolContext;

/**
 * Runs a program for a tool: in a folder, with an environment given (scrubbed of secrets by the caller), input
 * closed, output capped, a time limit. On time-out or when the task is stopped the whole process tree is killed:
 * the process is started as the leader of its own process group (with {@code setsid}), so its children and
 * their children, even those whose parents have gone, are killed with it.
 */
public final class ProcessRunner {

	private static final Path SETSID = Path.of("/usr/bin/setsid");
	private static final Duration DRAIN_WAIT = Duration.ofSeconds(5);

	private ProcessRunner() {
	}

	public static ProcessResult run(List<String> command, Path directory, Map<String, String> environment, Duration timeout,
			int maxOutputBytes, ToolContext context) throws IOException, InterruptedException {
		var started = System.nanoTime();
		var builder = new ProcessBuilder(grouped(command)).directory(directory.toFile());
		builder.environment().clear();
		builder.environment().putAll(environment);
		builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		var process = builder.start();
		var tree = new ProcessTree(process);
		context.onCancel(tree::kill);
		var stdout = new CappedOutput(maxOutputBytes);
		var stderr = new CappedOutput(maxOutputBytes / 2);
		var readers = List.of(drain(process.getInputStream(), stdout), drain(process.getErrorStream(), stderr));
		var finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		var cancelled = context.isCancelled();
		if (!finished || cancelled) {
			tree.kill();
			process.waitFor(DRAIN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		} else {
			// The leader ended; children it left running in the background are not the call's to keep.
			tree.killGroup();
		}
		for (var reader : readers) {
			reader.join(DRAIN_WAIT.toMillis());
		}
		var exit = process.isAlive() ? -1 : process.exitValue();
		return new ProcessResult(finished && !cancelled ? exit : -1, stdout.text(), stderr.text(), stdout.omitted() + stderr.omitted(),
				!finished, cancelled, (System.nanoTime() - started) / 1_000_000);
	}

	/** The command under setsid where the system has it, so that it leads a process group of its own. */
	private static List<String> grouped(List<String> command) {
		if (!Files.isExecutable(SETSID)) {
			return command;
		}
		var grouped = new ArrayList<String>();
		grouped.add(SETSID.toString());
		grouped.addAll(command);
		return grouped;
	}

	private static Thread drain(InputStream in, CappedOutput into) {
		var thread = new Thread(() -> {
			try (in) {
				into.drain(in);
			} catch (IOException e) {
				// The process was killed while we read: what arrived is kept.
			}
		}, "pi-process-output");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}
}
