package dev.piassistant.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.training.RunState;
import dev.piassistant.core.training.TaskType;
import dev.piassistant.core.training.TrainingRequest;

/** Runs on real data, end to end through the service: the model learns, and the run is recorded. */
class TrainingRunTest {

	private final dev.piassistant.core.training.TrainingService training = Training.service();

	@Test
	void irisIsLearnedAndTheRunRecorded(@TempDir Path folder) throws Exception {
		var run = Training.train(training, new TrainingRequest("iris", TestData.iris(folder), "species", null));
		assertEquals(RunState.COMPLETED, run.state(), () -> String.valueOf(run.problem()));
		assertEquals(TaskType.TABULAR_CLASSIFICATION, run.taskType());
		var test = run.test();
		assertNotNull(test);
		System.out.println("iris: " + run.epochs() + " epochs, best " + run.bestEpoch() + ", test " + test.accuracy() + " / " + test.macroF1());
		// 24 test rows: three mistakes are 0.875, and versicolor and virginica overlap.
		assertTrue(test.accuracy() >= 0.85, "test accuracy " + test.accuracy());
		assertEquals(run.epochs(), training.epochs(run.id()).size());
	}

	@Test
	void ticketsAreLearned(@TempDir Path folder) throws Exception {
		var run = Training.train(training, new TrainingRequest("tickets", TestData.tickets(folder, 400, 7), "label", null));
		assertEquals(RunState.COMPLETED, run.state(), () -> String.valueOf(run.problem()));
		assertEquals(TaskType.TEXT_CLASSIFICATION, run.taskType());
		var test = run.test();
		System.out.println("tickets: " + run.epochs() + " epochs, best " + run.bestEpoch() + ", test " + test.accuracy() + " / " + test.macroF1());
		assertTrue(test.accuracy() >= 0.8, "test accuracy " + test.accuracy());
	}
}
