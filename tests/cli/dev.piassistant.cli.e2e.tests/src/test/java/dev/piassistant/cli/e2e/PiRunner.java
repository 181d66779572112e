package dev.piassistant.cli.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the product's launch script as a user would, with a Pi home and a user home of its own (never the real
 * ones) and the JDK running the tests. Standard input and output are pipes, so pi sees no terminal.
 */
final class PiRunner {

	static final Duration TIMEOUT = Duration.ofMinutes(2);

	record Result(int exit, String out, String err, Duration took) {

		List<String> outLines() {
			return out.lines().toList();
		}

		@Override
		public String toString() {
			return "exit " + exit + " after " + took.toMillis() + " ms\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
		}
	}

	private final PiInstall install;
	private final Path piHome;
	private final Path userHome;
	private final Path logs;
	private int runs;

	PiRunner(PiInstall install, Path scratch) throws IOException {
		this.install = install;
		this.piHome = Files.createDirectories(scratch.resolve("pi-home"));
		this.userHome = Files.createDirectories(scratch.resolve("home"));
		this.logs = Files.createDirectories(scratch.resolve("runs"));
	}

	Path piHome() {
		return piHome;
	}

	/** Runs pi to its end with {@code input} on standard input. Extra JVM options go after the arguments. */
	Result run(String input, List<String> arguments, String... vmArgs) throws IOException, InterruptedException {
		var process = start(arguments, vmArgs);
		var started = System.nanoTime();
		try (var in = process.getOutputStream()) {
			in.write(input.getBytes(StandardCharsets.UTF_8));
		}
		if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly().waitFor();
			fail("pi " + arguments + " still ran after " + TIMEOUT.toSeconds() + " s:\n" + Files.readString(out(runs)));
		}
		return new Result(process.exitValue(), Files.readString(out(runs)), Files.readString(err(runs)),
				Duration.ofNanos(System.nanoTime() - started));
	}

	Result run(List<String> arguments, String... vmArgs) throws IOException, InterruptedException {
		return run("", arguments, vmArgs);
	}

	/** Starts pi; its standard output is the process's, to be read as it comes, standard error goes to a file. */
	Process startPiped(List<String> arguments) throws IOException {
		runs++;
		var builder = builder(arguments);
		builder.redirectError(err(runs).toFile());
		return builder.start();
	}

	/**
	 * A script that runs pi with these arguments as {@link #run} would (same homes and JDK), for another program to
	 * start: an MCP client. Its standard error goes to a file of the runs folder.
	 */
	Path script(List<String> arguments) throws IOException {
		runs++;
		var command = builder(arguments).command().stream().map(PiRunner::quoted).collect(java.util.stream.Collectors.joining(" "));
		var script = logs.resolve(runs + ".sh");
		Files.writeString(script, "#!/bin/bash\nexport PI_JAVA=" + quoted(Path.of(System.getProperty("java.home"), "bin", "java").toString())
				+ " HOME=" + quoted(userHome.toString()) + "\nunset JAVA_TOOL_OPTIONS\nexec " + command + " 2>" + quoted(err(runs).toString()) + "\n");
		return script;
	}

	private static String quoted(String word) {
		return "'" + word.replace("'", "'\\''") + "'";
	}

	Path lastErrors() {
		return err(runs);
	}

	private Process start(List<String> arguments, String... vmArgs) throws IOException {
		runs++;
		var builder = builder(arguments, vmArgs);
		builder.redirectOutput(out(runs).toFile());
		builder.redirectError(err(runs).toFile());
		return builder.start();
	}

	private ProcessBuilder builder(List<String> arguments, String... vmArgs) {
		var command = new ArrayList<String>();
		command.add("bash");
		command.add(install.script().toString());
		command.addAll(arguments);
		command.add("-vmargs");
		command.add("-Duser.home=" + userHome);
		command.add("-Dpiassistant.home=" + piHome);
		command.addAll(List.of(vmArgs));
		var builder = new ProcessBuilder(command);
		builder.environment().put("PI_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		builder.environment().put("HOME", userHome.toString());
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		return builder;
	}

	private Path out(int run) {
		return logs.resolve(run + ".out");
	}

	private Path err(int run) {
		return logs.resolve(run + ".err");
	}
}
