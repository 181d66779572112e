package dev.piassistant.training.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.training.Checkpoint;
import dev.piassistant.core.training.RunId;

/**
 * Where runs keep their files, under the Pi Assistant home folder: {@code models/runs/<run>/} holds
 * {@code preprocessing.json}, {@code network.json} and {@code checkpoints/model-NNNN.params}; deployed models
 * are copied to {@code models/deployed/<name>/v<version>/}.
 */
public final class RunFolders {

	public static final String PREPROCESSING = "preprocessing.json";
	public static final String NETWORK = "network.json";
	public static final String CHECKPOINTS = "checkpoints";
	private static final Pattern CHECKPOINT = Pattern.compile("model-(\\d{4,})\\.params");

	private RunFolders() {
	}

	public static Path models() {
		return PiHome.directory().resolve("models");
	}

	public static Path run(RunId run) {
		return models().resolve("runs").resolve(run.value());
	}

	public static Path deployed(String name, int version) {
		return models().resolve("deployed").resolve(name).resolve("v" + version);
	}

	/** The checkpoints on disk, oldest first; {@code best} marks the one of {@code bestEpoch}. */
	public static List<Checkpoint> checkpoints(Path runFolder, int bestEpoch) {
		var folder = runFolder.resolve(CHECKPOINTS);
		return files(folder, bestEpoch);
	}

	private static List<Checkpoint> files(Path folder, int bestEpoch) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		var found = new ArrayList<Checkpoint>();
		try (Stream<Path> files = Files.list(folder)) {
			for (var file : files.sorted().toList()) {
				Matcher matcher = CHECKPOINT.matcher(file.getFileName().toString());
				if (matcher.matches()) {
					int epoch = Integer.parseInt(matcher.group(1));
					found.add(new Checkpoint(epoch, file, Files.size(file), epoch == bestEpoch));
				}
			}
		} catch (IOException e) {
			return List.of();
		}
		return found;
	}

	public static Optional<Checkpoint> last(Path runFolder) {
		var all = checkpoints(runFolder, 0);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/** Deletes checkpoints other than the best and the last {@code keepLast}: a run of many epochs stays small. */
	static void prune(Path runFolder, int bestEpoch, int keepLast) {
		var all = checkpoints(runFolder, bestEpoch);
		for (int i = 0; i < all.size() - keepLast; i++) {
			if (!all.get(i).best()) {
				try {
					Files.deleteIfExists(all.get(i).file());
				} catch (IOException e) {
					// an old checkpoint that stays is harmless
				}
			}
		}
	}

	/** Removes a folder and what it holds, for a run that could not start. */
	static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (var path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// best effort: an empty run folder does no harm
		}
	}
}
