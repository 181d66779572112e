package dev.piassistant.training.internal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.piassistant.core.inference.MlpSpec;
import dev.piassistant.core.training.DeployedModel;
import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.RunSummary;
import dev.piassistant.inference.djl.Parameters;
import dev.piassistant.training.internal.RunFolders;
import dev.piassistant.training.internal.learn.Trainer;
import dev.piassistant.training.internal.prep.Preprocessing;
import dev.piassistant.training.internal.store.Json;
import dev.piassistant.training.internal.store.RunStore;

/**
 * Deploys a run's best checkpoint as the next version of a named model: its parameters, preprocessing,
 * network and model card are written to a temporary folder that is then moved into place, and only then
 * recorded, so that a failure leaves neither half a folder nor a record without one.
 */
public final class Deployer {

	/** Deployed parameters are saved as this epoch, whatever epoch they came from. */
	public static final int EPOCH = 0;

	private final RunStore store;

	public Deployer(RunStore store) {
		this.store = store;
	}

	public DeployedModel deploy(RunSummary run, Path runFolder, String name, List<EpochMetrics> epochs) {
		Naming.require(name);
		var best = runFolder.resolve(RunFolders.CHECKPOINTS).resolve(Parameters.fileName(Trainer.PREFIX, run.bestEpoch()));
		if (!run.state().isDeployable() || run.test() == null || !Files.exists(best)) {
			throw new IllegalStateException("Run " + run.name() + " has no tested model to deploy (it is " + run.state().name().toLowerCase()
					+ "); deploy a completed or stopped run.");
		}
		var preprocessing = Json.readFile(runFolder.resolve(RunFolders.PREPROCESSING), Preprocessing.class);
		var spec = Json.readFile(runFolder.resolve(RunFolders.NETWORK), MlpSpec.class);
		int version = store.nextVersion(name);
		// Every workspace shares the home folder: versions another workspace deployed under this name are skipped.
		while (Files.exists(RunFolders.deployed(name, version))) {
			version++;
		}
		var folder = RunFolders.deployed(name, version);
		var model = new DeployedModel(name, version, run.id(), toolName(run, name), run.taskType(), preprocessing.inputs(), preprocessing.classes(),
				folder, Instant.now(), true);
		var partial = folder.resolveSibling(".v" + version + "-" + UUID.randomUUID() + ".partial");
		try {
			Files.createDirectories(partial);
			Files.copy(best, partial.resolve(Parameters.fileName(Trainer.PREFIX, EPOCH)));
			Json.writeFile(partial.resolve(RunFolders.PREPROCESSING), preprocessing);
			Json.writeFile(partial.resolve(RunFolders.NETWORK), spec);
			Files.writeString(partial.resolve(model.card().getFileName()), ModelCard.markdown(model, run, preprocessing, spec, epochs));
			Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | UncheckedIOException e) {
			delete(partial);
			throw new IllegalStateException("Could not write model " + name + " v" + version + " to " + folder + ": " + e.getMessage(), e);
		}
		try {
			store.deploy(model);
		} catch (RuntimeException e) {
			delete(folder);
			throw e;
		}
		return model;
	}

	static String toolName(RunSummary run, String name) {
		return (run.taskType().isClassification() ? "classify_" : "predict_") + name;
	}

	private static void delete(Path folder) {
		try (var files = Files.walk(folder)) {
			for (var path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// nothing more to do: the folder is not recorded, so it is never used
		}
	}
}
