package dev.piassistant.install.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Java process started from an Eclipse installation, its output kept in a log file. */
final class JavaRun {

	record Result(int exitCode, String output, Duration took) {
	}

	private JavaRun() {
	}

	static Path java() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

	/** Runs the command to its end; fails with its output when it outlives the timeout (and kills it). */
	static Result run(List<String> command, Path directory, Path log, Duration timeout) throws IOException, InterruptedException {
		Files.createDirectories(log.getParent());
		var started = System.nanoTime();
		var process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			kill(process);
			fail("Still running after " + timeout.toSeconds() + " s, killed: " + String.join(" ", command)
					+ "\n--- its output (" + log + ") ---\n" + Files.readString(log, StandardCharsets.UTF_8));
		}
		var took = Duration.ofNanos(System.nanoTime() - started);
		return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), took);
	}

	private static void kill(Process process) throws InterruptedException {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}
}
