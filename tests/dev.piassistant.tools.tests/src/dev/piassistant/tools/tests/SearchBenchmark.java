package dev.piassistant.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.tools.internal.search.Searcher;

/**
 * The search tool against {@code git grep} on the same tree in the same run: the JGit sources (the sources jar of
 * Maven Central, unpacked and committed) in full with {@code ./pi bench}, a generated tree of a few hundred files
 * with the tests (so that it never rots). Each query must find exactly the lines git grep finds; the figures are
 * medians over rounds, printed and written to {@code target/bench/search.txt}. Not a timed test.
 */
class SearchBenchmark {

	private static final boolean FULL = "full".equals(System.getProperty("pi.bench"));
	private static final int ROUNDS = FULL ? 15 : 2;
	private static final String JGIT_SOURCES = "org/eclipse/jgit/org.eclipse.jgit/7.5.0.202512021534-r/org.eclipse.jgit-7.5.0.202512021534-r-sources.jar";

	/** A query as the model would send it, and the same for git grep. */
	private record Query(String text, boolean regex, boolean caseSensitive) {
		List<String> gitGrep() {
			var command = new ArrayList<>(List.of("grep", "-n", "-I", "--no-color"));
			command.add(regex ? "-E" : "-F");
			if (!caseSensitive) {
				command.add("-i");
			}
			command.addAll(List.of("-e", text));
			return command;
		}
	}

	private static final List<Query> QUERIES = List.of(new Query("repository", false, false), new Query("RevWalk", false, true),
			new Query("fsck", false, false), new Query("new [A-Z][a-z]+Walk\\(", true, true),
			new Query("no such text anywhere", false, false));

	@TempDir
	Path temp;

	@Test
	void searchIsNoSlowerThanGitGrep() throws Exception {
		var tree = temp.resolve("tree");
		var files = FULL ? unpack(jgitSources(), tree) : generate(tree);
		var git = GitCli.init(tree); // commits what is there, so git grep searches as it does in a project
		var tools = new Tools(tree);

		var ours = new ArrayList<Double>();
		var theirs = new ArrayList<Double>();
		var lines = new StringBuilder();
		for (var query : QUERIES) {
			var expected = git.run(query.gitGrep().toArray(String[]::new)).out().lines().count();
			var found = new Searcher(path -> false).search(tree, new Searcher.Query(query.text(), query.regex(), query.caseSensitive(), null), 1)
					.total();
			assertEquals(expected, found, "lines matching " + query);
			tools.call("search", "query", query.text(), "regex", query.regex(), "caseSensitive", query.caseSensitive()); // warm up
			var oursOfQuery = new ArrayList<Double>();
			var theirsOfQuery = new ArrayList<Double>();
			for (int round = 0; round < ROUNDS; round++) {
				var started = System.nanoTime();
				var result = tools.call("search", "query", query.text(), "regex", query.regex(), "caseSensitive", query.caseSensitive());
				oursOfQuery.add((System.nanoTime() - started) / 1e6);
				assertTrue(!result.isError(), result.output());
				started = System.nanoTime();
				git.run(query.gitGrep().toArray(String[]::new));
				theirsOfQuery.add((System.nanoTime() - started) / 1e6);
			}
			ours.addAll(oursOfQuery);
			theirs.addAll(theirsOfQuery);
			lines.append(String.format(Locale.ROOT, "  %-28s %6d lines: search %8.2f ms, git grep %8.2f ms%n", quoted(query), expected,
					median(oursOfQuery), median(theirsOfQuery)));
		}
		report(files, tree, lines.toString(), median(ours), median(theirs));
	}

	private static String quoted(Query query) {
		return "\"" + query.text() + "\"" + (query.regex() ? " regex" : "") + (query.caseSensitive() ? " case" : "");
	}

	private static Path jgitSources() {
		var jar = Path.of(System.getProperty("pi.bench.sources", Path.of(System.getProperty("user.home"), ".m2", "repository", JGIT_SOURCES)
				.toString()));
		assertTrue(Files.isRegularFile(jar), "No JGit sources jar at " + jar + ": fetch it with ./mvnw dependency:get "
				+ "-Dartifact=org.eclipse.jgit:org.eclipse.jgit:7.5.0.202512021534-r:jar:sources, or name one with -Dpi.bench.sources=");
		return jar;
	}

	private static int unpack(Path jar, Path tree) throws IOException {
		var count = 0;
		try (var zip = new ZipFile(jar.toFile())) {
			for (var entry : Collections.list(zip.entries())) {
				var target = tree.resolve(entry.getName()).normalize();
				if (entry.isDirectory() || !target.startsWith(tree)) {
					continue;
				}
				Files.createDirectories(target.getParent());
				try (var in = zip.getInputStream(entry)) {
					Files.copy(in, target);
				}
				count++;
			}
		}
		return count;
	}

	/** Java-like files whose lines mention the queries now and then. */
	private static int generate(Path tree) throws IOException {
		var count = 300;
		for (int file = 0; file < count; file++) {
			var text = new StringBuilder("package gen.p" + file % 10 + ";\n\nclass Gen" + file + " {\n");
			for (int line = 0; line < 200; line++) {
				text.append(switch ((file * 7 + line) % 50) {
				case 0 -> "\tRevWalk walk = new RevWalk(repository);\n";
				case 1 -> "\t// the Repository is opened once\n";
				case 2 -> "\tvoid fsck() { walk = new TreeWalk(reader); }\n";
				default -> "\tint value" + line + " = " + (line * 31 % 97) + ";\n";
				});
			}
			Files.createDirectories(tree.resolve("gen/p" + file % 10));
			Files.writeString(tree.resolve("gen/p" + file % 10 + "/Gen" + file + ".java"), text.append("}\n"), StandardCharsets.UTF_8);
		}
		return count;
	}

	private static void report(int files, Path tree, String perQuery, double ours, double theirs) throws IOException {
		long bytes;
		try (var walk = Files.walk(tree)) {
			bytes = walk.filter(Files::isRegularFile).filter(file -> !file.toString().contains("/.git/")).mapToLong(file -> file.toFile().length())
					.sum();
		}
		var text = String.format(Locale.ROOT, """
				Pi Assistant search benchmark (%s: %s, %d files, %.1f MB, %d rounds per query, %d cores)
				%smedian over all queries: search %.2f ms, git grep %.2f ms (search / git grep = %.2f; target <= 1)
				""", FULL ? "full" : "tiny", FULL ? "JGit 7.5 sources" : "generated tree", files, bytes / 1e6, ROUNDS,
				Runtime.getRuntime().availableProcessors(), perQuery, ours, theirs, ours / theirs);
		System.out.println(text);
		var out = Path.of(System.getProperty("pi.bench.out", "target/bench"));
		Files.createDirectories(out);
		Files.writeString(out.resolve("search.txt"), text, StandardCharsets.UTF_8);
	}

	private static double median(List<Double> values) {
		var sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
