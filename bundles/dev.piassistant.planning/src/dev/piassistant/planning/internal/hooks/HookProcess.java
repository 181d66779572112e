package dev.piassistant.planning.internal.hooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.eclipse.jdt.annotation.Nullable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs one hook's command in its folder with the event as JSON on stdin, and reads how it ended the way Claude
 * Code's hooks do: exit code 0 goes on (unless stdout is JSON with {@code "decision": "block"}), exit code 2
 * blocks with stderr as the reason, any other code or a timeout is a failure that blocks nothing.
 */
public final class HookProcess {

	/** Exit code by which a hook blocks. */
	public static final int BLOCK = 2;
	/** Output kept of each stream; the rest is dropped. */
	static final int MAX_OUTPUT = 64 * 1024;
	static final String STOPPED = "was stopped with the task";
	private static final ObjectMapper JSON = new ObjectMapper();

	private HookProcess() {
	}

	public static HookOutcome run(Hook hook, String input) {
		return run(hook, input, stop -> () -> {
		});
	}

	/**
	 * @param onCancel registers an action that stops the hook when the task is stopped, and returns what
	 *                 unregisters it
	 */
	public static HookOutcome run(Hook hook, String input, Function<Runnable, Runnable> onCancel) {
		Process process;
		try {
			var builder = new ProcessBuilder(shell(hook.command())).directory(hook.directory().toFile());
			builder.environment().put("PI_PROJECT_DIR", hook.directory().toString());
			builder.environment().put("CLAUDE_PROJECT_DIR", hook.directory().toString());
			process = builder.start();
		} catch (IOException e) {
			return new HookOutcome.Failed("could not start (" + e.getMessage() + ")");
		}
		var stdout = drain(process.getInputStream());
		var stderr = drain(process.getErrorStream());
		feed(process.getOutputStream(), input);
		var cancelled = new AtomicBoolean();
		var forget = onCancel.apply(() -> {
			cancelled.set(true);
			stop(process);
		});
		try {
			if (!process.waitFor(hook.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
				stop(process);
				return new HookOutcome.Failed("did not finish within " + hook.timeout().toSeconds() + " s and was stopped");
			}
			stdout.join(1000);
			stderr.join(1000);
		} catch (InterruptedException e) {
			stop(process);
			Thread.currentThread().interrupt();
			return new HookOutcome.Failed(STOPPED);
		} finally {
			forget.run();
		}
		return cancelled.get() ? new HookOutcome.Failed(STOPPED) : outcome(process.exitValue(), stdout.text(), stderr.text());
	}

	static HookOutcome outcome(int exit, String stdout, String stderr) {
		if (exit == BLOCK) {
			return new HookOutcome.Blocked(stderr.isBlank() ? "blocked by a hook (exit code 2, no reason on stderr)" : stderr.strip());
		}
		if (exit != 0) {
			return new HookOutcome.Failed("exited with code " + exit + (stderr.isBlank() ? "" : ": " + stderr.strip()));
		}
		var reason = blockReason(stdout);
		return reason != null ? new HookOutcome.Blocked(reason) : new HookOutcome.Passed(stdout.strip());
	}

	/** The reason of {@code {"decision": "block", "reason": ...}} (or of a PreToolUse "deny") on stdout, if so. */
	private static @Nullable String blockReason(String stdout) {
		var text = stdout.strip();
		if (!text.startsWith("{")) {
			return null;
		}
		try {
			JsonNode json = JSON.readTree(text);
			if ("block".equals(json.path("decision").asText())) {
				return json.path("reason").asText("blocked by a hook");
			}
			var specific = json.path("hookSpecificOutput");
			if ("deny".equals(specific.path("permissionDecision").asText())) {
				return specific.path("permissionDecisionReason").asText("blocked by a hook");
			}
		} catch (IOException e) {
			// Not JSON after all: plain output.
		}
		return null;
	}

	private static String[] shell(String command) {
		return System.getProperty("os.name", "").startsWith("Windows") ? new String[] { "cmd.exe", "/c", command }
				: new String[] { "sh", "-c", command };
	}

	private static void stop(Process process) {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
	}

	/** Writes the input on a thread of its own: a hook that does not read it must not block the task. */
	private static void feed(OutputStream stdin, String input) {
		var thread = new Thread(() -> {
			try (stdin) {
				stdin.write(input.getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				// The hook closed its stdin without reading: its right.
			}
		}, "Pi hook input");
		thread.setDaemon(true);
		thread.start();
	}

	private static Reader drain(InputStream stream) {
		var reader = new Reader(stream);
		reader.setDaemon(true);
		reader.start();
		return reader;
	}

	/** Reads a stream to its end, keeping its first {@link #MAX_OUTPUT} bytes. */
	private static final class Reader extends Thread {

		private final InputStream stream;
		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

		Reader(InputStream stream) {
			super("Pi hook output");
			this.stream = stream;
		}

		@Override
		public void run() {
			var buffer = new byte[8192];
			try (stream) {
				int read;
				while ((read = stream.read(buffer)) >= 0) {
					synchronized (kept) {
						kept.write(buffer, 0, Math.min(read, Math.max(0, MAX_OUTPUT - kept.size())));
					}
				}
			} catch (IOException e) {
				// The process went away: what was read is kept.
			}
		}

		String text() {
			synchronized (kept) {
				return kept.toString(StandardCharsets.UTF_8);
			}
		}
	}
}
