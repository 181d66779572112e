package dev.piassistant.tools.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.piassistant.core.SessionId;
import dev.piassistant.core.TaskId;
import dev.piassistant.core.checkpoint.Checkpoint;
import dev.piassistant.core.checkpoint.CheckpointRequest;
import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.plan.StepId;

/** Writes files as the agent does: a checkpoint of exactly the files, the write, then what it wrote recorded. */
final class Agent {

	/** Deletes the file when written. */
	static final byte[] DELETE = new byte[0];

	final SessionId session = SessionId.random();
	final TaskId task = TaskId.random();
	private final Checkpoints checkpoints;

	Agent(Checkpoints checkpoints) {
		this.checkpoints = checkpoints;
	}

	Checkpoint write(StepId step, Path file, String content) throws IOException {
		return write(step, Map.of(file, content.getBytes()));
	}

	/** Each file gets its bytes, or is deleted for {@link #DELETE}. */
	Checkpoint write(StepId step, Map<Path, byte[]> files) throws IOException {
		var checkpoint = checkpoints.take(new CheckpointRequest(session, task, step, "call-" + System.nanoTime(), "write",
				new ArrayList<>(files.keySet())));
		try {
			for (var entry : files.entrySet()) {
				if (entry.getValue() == DELETE) {
					Files.deleteIfExists(entry.getKey());
				} else {
					Files.createDirectories(entry.getKey().getParent());
					Files.write(entry.getKey(), entry.getValue());
				}
			}
		} finally {
			checkpoints.written(checkpoint.id());
		}
		return checkpoint;
	}

	/** Every file under a folder (outside .git) with its bytes, to compare before and after. */
	static Map<String, String> files(Path folder) throws IOException {
		var files = new TreeMap<String, String>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (var file : (Iterable<Path>) walk::iterator) {
				var relative = folder.relativize(file).toString();
				if (Files.isRegularFile(file) && !relative.startsWith(".git/") && !relative.equals(".git")) {
					files.put(relative, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
							.digest(Files.readAllBytes(file))));
				}
			}
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		return files;
	}
}
