package dev.piassistant.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.training.DatasetException;
import dev.piassistant.core.training.DatasetProblem;
import dev.piassistant.core.training.TaskType;
import dev.piassistant.core.training.TrainingRequest;
import dev.piassistant.core.training.TrainingService;
import dev.piassistant.training.internal.RunFolders;

/**
 * Data training cannot use is refused before anything is written, with a message that says what is wrong
 * and what to do: no run in the store, no run folder on disk.
 */
class BadInputTest {

	private final TrainingService training = Training.service();

	@TempDir
	Path folder;

	@Test
	void aMissingLabelColumnNamesTheColumnsThereAre() {
		var problem = refused(new TrainingRequest("iris", TestData.iris(folder), "kind", null));
		assertInstanceOf(DatasetProblem.MissingLabelColumn.class, problem.problem());
		assertTrue(problem.getMessage().contains("'kind'") && problem.getMessage().contains("species"), problem.getMessage());
	}

	@Test
	void aColumnMixingNumbersAndTextIsPointedAt() {
		var csv = new StringBuilder("size,weight,label\n");
		for (int row = 0; row < 40; row++) {
			csv.append(row).append(',').append(row == 17 ? "heavy" : Integer.toString(row * 3)).append(',').append(row % 2 == 0 ? "a" : "b").append('\n');
		}
		var problem = refused(request(TestData.write(folder.resolve("mixed.csv"), csv.toString()), "label"));
		var mixed = assertInstanceOf(DatasetProblem.MixedTypes.class, problem.problem());
		assertEquals("weight", mixed.column());
		assertTrue(problem.getMessage().contains("heavy"), problem.getMessage());
	}

	@Test
	void anEmptyFileSaysSo() {
		var problem = refused(request(TestData.write(folder.resolve("empty.csv"), ""), "label"));
		assertInstanceOf(DatasetProblem.Empty.class, problem.problem());
	}

	@Test
	void nansAreCountedAndLocated() {
		var csv = new StringBuilder("x,y,label\n");
		for (int row = 0; row < 40; row++) {
			csv.append(row == 9 || row == 30 ? "NaN" : Double.toString(row / 7.0)).append(',').append(row).append(',').append(row % 2 == 0 ? "a" : "b").append('\n');
		}
		var problem = refused(request(TestData.write(folder.resolve("nans.csv"), csv.toString()), "label"));
		var missing = assertInstanceOf(DatasetProblem.MissingValues.class, problem.problem());
		assertEquals("x", missing.column());
		assertEquals(2, missing.count());
	}

	@Test
	void aFileThatIsNotUtf8NamesTheLine() throws IOException {
		var file = folder.resolve("latin1.csv");
		Files.write(file, "text,label\nbonjour,a\ncaf\u00e9 cr\u00e8me,b\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		var problem = refused(request(file, "label"));
		var notUtf8 = assertInstanceOf(DatasetProblem.NotUtf8.class, problem.problem());
		assertEquals(3, notUtf8.line());
	}

	@Test
	void aDatasetTooSmallToSplitSaysHowManyRowsAreNeeded() {
		var problem = refused(request(TestData.write(folder.resolve("tiny.csv"), "x,label\n1,a\n2,b\n3,a\n"), "label"));
		assertInstanceOf(DatasetProblem.TooSmall.class, problem.problem());
	}

	@Test
	void aSingleClassHasNothingToTellApart() {
		var csv = new StringBuilder("x,label\n");
		for (int row = 0; row < 30; row++) {
			csv.append(row).append(",spam\n");
		}
		var problem = refused(request(TestData.write(folder.resolve("one.csv"), csv.toString()), "label"));
		assertEquals(new DatasetProblem.SingleClass("spam"), problem.problem());
	}

	@Test
	void aCorruptJsonLinesFileNamesTheBrokenLine() {
		var lines = new StringBuilder();
		for (int row = 0; row < 30; row++) {
			lines.append(row == 12 ? "{\"x\": 12, \"label\": " : "{\"x\": " + row + ", \"label\": \"" + (row % 2 == 0 ? "a" : "b") + "\"}").append('\n');
		}
		var problem = refused(request(TestData.write(folder.resolve("broken.jsonl"), lines.toString()), "label"));
		var malformed = assertInstanceOf(DatasetProblem.Malformed.class, problem.problem());
		assertEquals(13, malformed.line());
	}

	private static TrainingRequest request(Path file, String label) {
		return new TrainingRequest("bad", file, label, TaskType.TABULAR_CLASSIFICATION);
	}

	/** Starting fails with the problem, and leaves neither a run nor a run folder behind. */
	private DatasetException refused(TrainingRequest request) {
		int runs = training.runs().size();
		long folders = runFolders();
		var problem = assertThrows(DatasetException.class, () -> training.start(request));
		assertEquals(runs, training.runs().size(), "no run is recorded");
		assertEquals(folders, runFolders(), "no run folder is left");
		assertTrue(!problem.getMessage().isBlank());
		System.out.println(problem.problem().getClass().getSimpleName() + ": " + problem.getMessage());
		return problem;
	}

	private static long runFolders() {
		var runs = RunFolders.models().resolve("runs");
		if (!Files.isDirectory(runs)) {
			return 0;
		}
		try (Stream<Path> children = Files.list(runs)) {
			return children.count();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
