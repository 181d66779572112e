package dev.piassistant.edits.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import dev.piassistant.edits.internal.engine.EditEngine;
import dev.piassistant.edits.internal.engine.Proposal;
import dev.piassistant.edits.internal.engine.SearchReplace;

/**
 * The edit engine on real code history: the Java files that changed between successive releases of Apache Commons
 * Text (its sources jars from Maven Central), each change made a unified diff and search/replace blocks, as is
 * and with the perturbations models produce (line numbers off, the file re-indented with tabs). Counts how many
 * results are byte-identical to the next release's file, how many were refused, and how many came out wrong
 * (the one figure that must stay 0), and runs {@code git apply} (plain and with one line of context) on the same
 * patches. Reads the jars from the local Maven repository ({@code ./pi bench} fetches them first); without them
 * it is skipped. Tiny with the tests (a few files), full with {@code ./pi bench}; writes
 * {@code target/bench/edit-corpus.txt}.
 */
class EditCorpusBenchmark {

	private static final boolean FULL = "full".equals(System.getProperty("pi.bench"));
	private static final List<String> VERSIONS = List.of("1.10.0", "1.11.0", "1.12.0");
	private static final int TINY_FILES = 4;

	/** Results of one kind of edit. */
	private static final class Tally {
		int tried;
		int identical;
		int refused;
		int wrong;
		int gitPlain;
		int gitReduced;
	}

	@Test
	void realReleasesAsDiffsAndBlocks() throws Exception {
		var jars = VERSIONS.stream().map(EditCorpusBenchmark::jar).toList();
		assumeTrue(jars.stream().allMatch(Files::exists), "the sources jars of commons-text " + VERSIONS
				+ " are not in the local Maven repository: ./pi bench fetches them");
		var tallies = new LinkedHashMap<String, Tally>();
		for (var name : List.of("unified diff", "diff, line numbers off", "diff, re-indented with tabs",
				"search/replace blocks", "blocks, re-indented with tabs")) {
			tallies.put(name, new Tally());
		}
		var random = new Random(7);
		var work = Files.createTempDirectory("pi-corpus");
		int files = 0;
		for (int v = 0; v + 1 < jars.size(); v++) {
			var before = sources(jars.get(v));
			var after = sources(jars.get(v + 1));
			for (var entry : before.entrySet()) {
				var next = after.get(entry.getKey());
				if (next == null || next.equals(entry.getValue()) || !usable(entry.getValue()) || !usable(next)) {
					continue;
				}
				if (!FULL && files >= TINY_FILES) {
					break;
				}
				files++;
				run(entry.getKey(), entry.getValue(), next, tallies, random, work);
			}
		}
		assertEquals(0, tallies.values().stream().mapToInt(tally -> tally.wrong).sum(), "never a silently wrong result");
		report(files, tallies);
	}

	private void run(String path, String old, String next, Map<String, Tally> tallies, Random random, Path work)
			throws Exception {
		var oldLines = lines(old);
		var newLines = lines(next);
		var diff = String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, oldLines,
				DiffUtils.diff(oldLines, newLines), 3)) + "\n";
		var shifted = shiftNumbers(diff, random);
		var tabbed = tabs(diff, true);
		patch(tallies.get("unified diff"), path, old, next, diff, work);
		patch(tallies.get("diff, line numbers off"), path, old, next, shifted, work);
		patch(tallies.get("diff, re-indented with tabs"), path, old, next, tabbed, work);
		blocks(tallies.get("search/replace blocks"), path, old, next, oldLines, newLines, false);
		blocks(tallies.get("blocks, re-indented with tabs"), path, old, next, oldLines, newLines, true);
	}

	private static void patch(Tally tally, String path, String old, String next, String diff, Path work)
			throws Exception {
		tally.tried++;
		count(tally, EditEngine.patch(diff, ignored -> Optional.of(old), null).get(0), next);
		tally.gitPlain += gitApply(work, old, next, diff, List.of()) ? 1 : 0;
		tally.gitReduced += gitApply(work, old, next, diff, List.of("-C1")) ? 1 : 0;
	}

	private static void blocks(Tally tally, String path, String old, String next, List<String> oldLines,
			List<String> newLines, boolean tabbed) {
		tally.tried++;
		var blocks = new ArrayList<SearchReplace.Block>();
		for (var delta : DiffUtils.diff(oldLines, newLines).getDeltas()) {
			var from = Math.max(0, delta.getSource().getPosition() - 2);
			var to = Math.min(oldLines.size(), delta.getSource().getPosition() + delta.getSource().size() + 2);
			var replace = new ArrayList<>(oldLines.subList(from, delta.getSource().getPosition()));
			replace.addAll(delta.getTarget().getLines());
			replace.addAll(oldLines.subList(delta.getSource().getPosition() + delta.getSource().size(), to));
			var search = String.join("\n", oldLines.subList(from, to)) + "\n";
			var replacement = String.join("\n", replace) + "\n";
			blocks.add(new SearchReplace.Block(tabbed ? tabs(search, false) : search,
					tabbed ? tabs(replacement, false) : replacement));
		}
		count(tally, EditEngine.edit(path, old, blocks), next);
	}

	private static void count(Tally tally, Proposal proposal, String next) {
		if (proposal instanceof Proposal.Change change) {
			if (change.change().proposed().equals(next)) {
				tally.identical++;
			} else {
				tally.wrong++;
			}
		} else {
			tally.refused++;
		}
	}

	/** {@code git apply} (outside any repository, as a patch tool) on the old file; true when it made the new one. */
	private static boolean gitApply(Path work, String old, String next, String diff, List<String> options)
			throws IOException, InterruptedException {
		var dir = Files.createTempDirectory(work, "apply");
		var file = dir.resolve("f.java");
		Files.writeString(file, old, StandardCharsets.UTF_8);
		var patch = dir.resolve("p.diff");
		Files.writeString(patch, diff.replaceAll("(?m)^(---|\\+\\+\\+) [ab]/\\S+", "$1 f.java"), StandardCharsets.UTF_8);
		var command = new ArrayList<>(List.of("git", "apply", "-p0"));
		command.addAll(options);
		command.add(patch.toString());
		var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		var done = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		var made = done && Files.readString(file, StandardCharsets.UTF_8).equals(next);
		Files.delete(file);
		Files.delete(patch);
		Files.delete(dir);
		return made;
	}

	/** Every hunk header's line numbers moved by a few lines, as models write them. */
	private static String shiftNumbers(String diff, Random random) {
		var out = new StringBuilder();
		for (var line : diff.split("\n", -1)) {
			var matcher = java.util.regex.Pattern.compile("^@@ -(\\d+)(,\\d+)? \\+(\\d+)(,\\d+)? @@").matcher(line);
			if (matcher.find()) {
				var shift = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(15));
				var oldStart = Math.max(1, Integer.parseInt(matcher.group(1)) + shift);
				var newStart = Math.max(1, Integer.parseInt(matcher.group(3)) + shift);
				line = "@@ -" + oldStart + (matcher.group(2) == null ? "" : matcher.group(2)) + " +" + newStart
						+ (matcher.group(4) == null ? "" : matcher.group(4)) + " @@" + line.substring(matcher.end());
			}
			out.append(line).append('\n');
		}
		return out.substring(0, out.length() - 1);
	}

	/** Leading runs of four spaces turned into tabs on every line (of a diff: after the line's first character). */
	private static String tabs(String text, boolean diff) {
		var out = new StringBuilder();
		for (var line : text.split("\n", -1)) {
			var prefix = !diff || line.isEmpty() ? ""
					: line.startsWith("+++") || line.startsWith("---") || line.startsWith("@@") ? line : line.substring(0, 1);
			if (prefix.equals(line)) {
				out.append(line).append('\n');
				continue;
			}
			var body = line.substring(prefix.length());
			int spaces = 0;
			while (spaces < body.length() && body.charAt(spaces) == ' ') {
				spaces++;
			}
			out.append(prefix).append("\t".repeat(spaces / 4)).append(" ".repeat(spaces % 4)).append(body.substring(spaces))
					.append('\n');
		}
		return out.substring(0, out.length() - 1);
	}

	private static boolean usable(String text) {
		return !text.isEmpty() && text.endsWith("\n") && text.indexOf('\r') < 0 && text.indexOf('\t') < 0;
	}

	private static List<String> lines(String text) {
		return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
	}

	private static Map<String, String> sources(Path jar) throws IOException {
		var files = new TreeMap<String, String>();
		try (var zip = new ZipFile(jar.toFile())) {
			for (var entries = zip.entries(); entries.hasMoreElements();) {
				var entry = entries.nextElement();
				if (entry.getName().endsWith(".java")) {
					try (var in = zip.getInputStream(entry)) {
						files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		return files;
	}

	private static Path jar(String version) {
		var repository = Path.of(System.getProperty("pi.corpus.repository",
				System.getProperty("user.home") + "/.m2/repository"));
		return repository.resolve("org/apache/commons/commons-text/" + version + "/commons-text-" + version + "-sources.jar");
	}

	private static void report(int files, Map<String, Tally> tallies) throws IOException {
		var text = new StringBuilder(String.format(Locale.ROOT,
				"Pi Assistant edit corpus (%s): %d changed Java files between the releases %s of Apache Commons Text%n",
				FULL ? "full" : "tiny", files, VERSIONS));
		text.append(String.format(Locale.ROOT, "%-30s %6s %10s %8s %6s %10s %12s%n", "edit", "files", "identical",
				"refused", "wrong", "git apply", "git apply -C1"));
		tallies.forEach((name, tally) -> text.append(String.format(Locale.ROOT, "%-30s %6d %10s %8d %6d %10s %12s%n",
				name, tally.tried, percent(tally.identical, tally.tried), tally.refused, tally.wrong,
				name.startsWith("diff") || name.startsWith("unified") ? percent(tally.gitPlain, tally.tried) : "-",
				name.startsWith("diff") || name.startsWith("unified") ? percent(tally.gitReduced, tally.tried) : "-")));
		System.out.println(text);
		var out = Path.of(System.getProperty("pi.bench.out", "target/bench"));
		Files.createDirectories(out);
		Files.writeString(out.resolve("edit-corpus.txt"), text, StandardCharsets.UTF_8);
	}

	private static String percent(int part, int whole) {
		return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
	}
}
