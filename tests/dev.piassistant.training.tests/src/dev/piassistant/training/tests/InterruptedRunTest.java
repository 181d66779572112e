package dev.piassistant.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import dev.piassistant.core.store.Database;
import dev.piassistant.core.training.Checkpoint;
import dev.piassistant.core.training.EpochMetrics;
import dev.piassistant.core.training.Overrides;
import dev.piassistant.core.training.RunState;
import dev.piassistant.core.training.TrainingRequest;
import dev.piassistant.testing.OsgiServices;
import dev.piassistant.training.internal.RunFolders;

/**
 * A run the IDE dies under keeps its checkpoints and resumes from the last one: the training bundle is
 * stopped mid-run, the store is left saying the run runs (as after a crash), and a new start of the bundle
 * finds it interrupted, resumable, and resumes it to the end without losing or repeating an epoch.
 */
class InterruptedRunTest {

	private static final int EPOCHS = 120;

	@Test
	void aRunCutOffMidwayKeepsItsCheckpointsAndResumes(@TempDir Path folder) throws Exception {
		var training = Training.service();
		var data = TestData.quadrants(folder, 600, 11);
		var run = training.start(new TrainingRequest("cut off", data, "quadrant", null).with(Overrides.NONE.withMaxEpochs(EPOCHS).withPatience(EPOCHS)));
		waitUntil("three epochs are trained", () -> training.epochs(run.id()).size() >= 3);

		var bundle = FrameworkUtil.getBundle(RunFolders.class);
		bundle.stop();
		int trained = lastEpoch(run.id());
		assertTrue(trained < EPOCHS, "the run was cut off at epoch " + trained);
		// What a crash leaves: the store still says running, and no job runs it.
		OsgiServices.await(Database.class, Duration.ofSeconds(10)).write(
				sql -> sql.update("UPDATE training_run SET state = 'RUNNING' WHERE id = ?", run.id().value()));
		bundle.start();

		var restarted = Training.service();
		var found = restarted.run(run.id()).orElseThrow();
		assertEquals(RunState.INTERRUPTED, found.state());
		var checkpoints = restarted.checkpoints(run.id());
		assertFalse(checkpoints.isEmpty(), "its checkpoints are kept");
		int last = checkpoints.get(checkpoints.size() - 1).epoch();
		assertTrue(checkpoints.stream().map(Checkpoint::file).allMatch(Files::isRegularFile));

		var resumed = Training.await(restarted, restarted.resume(run.id()));
		assertEquals(RunState.COMPLETED, resumed.state(), () -> String.valueOf(resumed.problem()));
		assertEquals(EPOCHS, resumed.epochs());
		var epochs = restarted.epochs(run.id()).stream().mapToInt(EpochMetrics::epoch).toArray();
		assertTrue(java.util.Arrays.equals(IntStream.rangeClosed(1, EPOCHS).toArray(), epochs), "every epoch once, in order");
		assertTrue(resumed.test().accuracy() >= 0.9, "test accuracy " + resumed.test().accuracy());
		System.out.println("cut off after epoch " + trained + ", resumed from checkpoint " + last + ", test " + resumed.test().accuracy());
	}

	private static int lastEpoch(dev.piassistant.core.training.RunId run) {
		return OsgiServices.await(Database.class, Duration.ofSeconds(10)).read(
				sql -> sql.queryFirst("SELECT MAX(epoch) AS last FROM training_epoch WHERE run = ?", row -> (int) row.integer("last"), run.value())).orElse(0);
	}

	private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Training.WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			Thread.sleep(20);
		}
	}
}
