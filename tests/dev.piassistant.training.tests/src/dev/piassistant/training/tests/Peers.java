package dev.piassistant.training.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * scikit-learn and PyTorch for Python, run through {@code bench/peers.py} by Debian's python3 where its
 * python3-sklearn and python3-torch are installed; absent elsewhere, and the benchmark says so.
 */
final class Peers {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Path PYTHON = Path.of("/usr/bin/python3");

	private final Path script;

	private Peers(Path script) {
		this.script = script;
	}

	/** The peers, if python3 can import the module named. */
	static java.util.Optional<Peers> find(Path script, String module) {
		if (!Files.isExecutable(PYTHON) || !Files.isRegularFile(script)) {
			return java.util.Optional.empty();
		}
		try {
			return run(List.of(PYTHON.toString(), "-c", "import " + module), 60) ? java.util.Optional.of(new Peers(script)) : java.util.Optional.empty();
		} catch (IOException e) {
			return java.util.Optional.empty();
		}
	}

	/** Writes scikit-learn's bundled datasets as CSV files into {@code folder}. */
	void datasets(Path folder) throws IOException {
		call("datasets", folder.toString());
	}

	/** Fits scikit-learn's models on the jobs' splits; one result per dataset, seed and model. */
	JsonNode fit(Object jobs, Path folder) throws IOException {
		var in = folder.resolve("fit-jobs.json");
		var out = folder.resolve("fit-results.json");
		JSON.writeValue(in.toFile(), jobs);
		call("fit", in.toString(), out.toString());
		return JSON.readTree(out.toFile());
	}

	/** Times epochs of an MLP in PyTorch for Python. */
	JsonNode torch(Object job, Path folder) throws IOException {
		var in = folder.resolve("torch-job.json");
		var out = folder.resolve("torch-result.json");
		JSON.writeValue(in.toFile(), job);
		call("torch", in.toString(), out.toString());
		return JSON.readTree(out.toFile());
	}

	private void call(String... arguments) throws IOException {
		var command = new java.util.ArrayList<>(List.of(PYTHON.toString(), script.toString()));
		command.addAll(List.of(arguments));
		if (!run(command, 1800)) {
			throw new IOException("peers.py " + arguments[0] + " failed");
		}
	}

	private static boolean run(List<String> command, int seconds) throws IOException {
		var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
		try {
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			return false;
		}
	}
}
