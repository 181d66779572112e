package dev.piassistant.edits.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.PatchFailedException;

import dev.piassistant.edits.internal.engine.EditEngine;
import dev.piassistant.edits.internal.engine.Proposal;
import dev.piassistant.edits.internal.engine.SearchReplace;

/**
 * Applying a 20-hunk edit to a 10,000-line file: the engine (parse the diff, find each hunk with fuzzy context,
 * build the change set) and accepting every hunk into the file's document, against java-diff-utils' own patch of
 * the same diff (exact context only). A harness in the manner of the loop benchmark, not JMH: warm-up rounds
 * first, then medians. Runs tiny with the tests and in full with {@code ./pi bench}; writes
 * {@code target/bench/edits.txt}. It asserts that every result is byte-identical to the target, never a time.
 */
class EditBenchmark {

	private static final boolean FULL = "full".equals(System.getProperty("pi.bench"));
	private static final int LINES = 10_000;
	private static final int HUNKS = 20;
	private static final int WARM_UP = FULL ? 200 : 3;
	private static final int ROUNDS = FULL ? 500 : 5;
	private static final String PATH = "p/src/Big.java";

	@Test
	void twentyHunksIntoTenThousandLines() throws Exception {
		var random = new Random(42);
		var base = file(random);
		var target = edited(base, random);
		var baseText = String.join("\n", base) + "\n";
		var targetText = String.join("\n", target) + "\n";
		var diff = String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("a/" + PATH, "b/" + PATH, base,
				DiffUtils.diff(base, target), 3)) + "\n";
		var blocks = blocks(base, target);

		var patchMillis = time(() -> {
			var proposal = EditEngine.patch(diff, path -> Optional.of(baseText), null).get(0);
			assertEquals(targetText, ((Proposal.Change) proposal).change().proposed());
		});
		var searchReplaceMillis = time(() -> {
			var proposal = EditEngine.edit(PATH, baseText, blocks);
			assertEquals(targetText, assertInstanceOf(Proposal.Change.class, proposal).change().proposed());
		});
		var acceptMillis = time(() -> acceptAll(baseText, targetText));
		var diffLines = Arrays.asList(diff.split("\n"));
		var libraryMillis = time(() -> {
			var patch = UnifiedDiffUtils.parseUnifiedDiff(diffLines);
			try {
				assertEquals(target, DiffUtils.patch(base, patch));
			} catch (PatchFailedException e) {
				throw new AssertionError(e);
			}
		});
		report(patchMillis, searchReplaceMillis, acceptMillis, libraryMillis);
	}

	private static void acceptAll(String base, String target) {
		var files = new EditorFiles();
		try {
			files.edit(PATH, base);
			var review = Review.open(Changes.of(Changes.modify(PATH, base, target)), files, Runnable::run, r -> {
			});
			review.acceptAll(null);
			assertEquals(target, files.documents.get(PATH).get());
		} catch (IOException e) {
			throw new AssertionError(e);
		} finally {
			files.close();
		}
	}

	/** A Java-like file: methods of a few statements, with the repetition real code has. */
	private static List<String> file(Random random) {
		var lines = new ArrayList<String>(LINES);
		lines.add("class Big {");
		for (int method = 0; lines.size() < LINES - 1; method++) {
			lines.add("\tint method" + method + "(int value) {");
			for (int i = 0, n = 2 + random.nextInt(6); i < n; i++) {
				lines.add("\t\tvalue = value * " + random.nextInt(10) + " + " + random.nextInt(100) + ";");
			}
			lines.add("\t\treturn value;");
			lines.add("\t}");
			lines.add("");
		}
		lines.add("}");
		return lines;
	}

	/** Twenty changes spread over the file: lines replaced, added and removed. */
	private static List<String> edited(List<String> base, Random random) {
		var result = new ArrayList<>(base);
		var step = base.size() / HUNKS;
		for (int hunk = HUNKS - 1; hunk >= 0; hunk--) {
			var at = hunk * step + 1 + random.nextInt(step - 10);
			switch (hunk % 3) {
			case 0 -> result.set(at, result.get(at) + " // changed " + hunk);
			case 1 -> result.add(at, "\t\t// added " + hunk);
			default -> result.remove(at);
			}
		}
		return result;
	}

	/** The same edit as search/replace blocks, each quoting its hunk with three lines around it. */
	private static List<SearchReplace.Block> blocks(List<String> base, List<String> target) {
		var blocks = new ArrayList<SearchReplace.Block>();
		for (var delta : DiffUtils.diff(base, target).getDeltas()) {
			var from = Math.max(0, delta.getSource().getPosition() - 3);
			var to = Math.min(base.size(), delta.getSource().last() + 4);
			var search = base.subList(from, to);
			var replace = new ArrayList<>(base.subList(from, delta.getSource().getPosition()));
			replace.addAll(delta.getTarget().getLines());
			replace.addAll(base.subList(delta.getSource().getPosition() + delta.getSource().size(), to));
			blocks.add(new SearchReplace.Block(String.join("\n", search) + "\n", String.join("\n", replace) + "\n"));
		}
		return blocks;
	}

	private static double time(Runnable work) {
		for (int i = 0; i < WARM_UP; i++) {
			work.run();
		}
		var millis = new double[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			var start = System.nanoTime();
			work.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis[ROUNDS / 2];
	}

	private static void report(double patch, double searchReplace, double accept, double library) throws IOException {
		var text = String.format(Locale.ROOT, """
				Pi Assistant edit benchmark (%s: %d rounds after %d to warm up, %d cores): a %d-hunk edit of a %,d-line file
				unified diff, parsed, located (fuzzy) and made a change set: median %.2f ms (target <= 5 ms)
				the same edit as search/replace blocks: median %.2f ms
				every hunk accepted into the file's document (one undoable change each): median %.2f ms
				java-diff-utils parse + patch of the same diff (exact context only): median %.2f ms; ratio %.2f
				""", FULL ? "full" : "tiny", ROUNDS, WARM_UP, Runtime.getRuntime().availableProcessors(), HUNKS, LINES, patch,
				searchReplace, accept, library, patch / library);
		System.out.println(text);
		var out = Path.of(System.getProperty("pi.bench.out", "target/bench"));
		Files.createDirectories(out);
		Files.writeString(out.resolve("edits.txt"), text, StandardCharsets.UTF_8);
	}
}
