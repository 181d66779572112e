package dev.piassistant.inference.djl;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;

/**
 * Saves and loads a block's parameters as one file, written to a temporary file first and moved into place,
 * so that a crash never leaves half a checkpoint under the real name.
 */
public final class Parameters {

	private Parameters() {
	}

	public static void save(Block block, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		var partial = file.resolveSibling(file.getFileName() + ".partial");
		try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
			block.saveParameters(out);
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	public static void load(Block block, NDManager manager, Path file) throws IOException, MalformedModelException {
		try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			block.loadParameters(manager, in);
		}
	}

	/** {@code <prefix>-0007.params}: DJL's naming of an epoch's parameters. */
	public static String fileName(String prefix, int epoch) {
		return String.format("%s-%04d.params", prefix, epoch);
	}
}
