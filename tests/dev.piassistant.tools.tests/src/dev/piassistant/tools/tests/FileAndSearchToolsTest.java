package dev.piassistant.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * read_file, list_files and search over a real git repository: line ranges with a note on how to read on, what git
 * ignores left out, binary files skipped, and search finding the same lines as {@code git grep}.
 */
class FileAndSearchToolsTest {

	@TempDir
	Path workspace;
	private Tools tools;
	private GitCli git;

	@BeforeEach
	void project() throws Exception {
		var big = IntStream.rangeClosed(1, 1000).mapToObj(i -> "line " + i + (i % 100 == 0 ? " TODO fix" : "")).collect(Collectors.joining("\n"));
		git = GitCli.init(workspace, "src/Main.java", "class Main {\n\t// TODO: greet\n\tString greeting = \"Hello\";\n}\n",
				"src/Util.java", "class Util {\n\tstatic int todo() { return 1; }\n}\n", "docs/notes.md", big + "\n",
				".gitignore", "build/\n*.log\n", "README.md", "Todo list: none\n");
		Files.createDirectories(workspace.resolve("build"));
		Files.writeString(workspace.resolve("build/Generated.java"), "// TODO generated\n");
		Files.writeString(workspace.resolve("debug.log"), "TODO in a log\n");
		var binary = new byte[64];
		binary[0] = 'T';
		binary[1] = 'O';
		binary[2] = 'D';
		binary[3] = 'O';
		Files.write(workspace.resolve("src/image.bin"), binary);
		tools = new Tools(workspace);
	}

	@Test
	void readsARangeOfLinesAndSaysHowToReadOn() throws Exception {
		var result = tools.call("read_file", "path", "docs/notes.md", "startLine", 10, "endLine", 12);

		assertEquals("docs/notes.md (lines 10-12 of 1000)\n10| line 10\n11| line 11\n12| line 12\n[988 more lines: call read_file with "
				+ "startLine=13 to read on.]\n", result.output());
		var whole = tools.call("read_file", "path", "docs/notes.md");
		assertTrue(whole.output().startsWith("docs/notes.md (lines 1-400 of 1000)"), whole.output().substring(0, 60));
		assertTrue(whole.output().endsWith("[600 more lines: call read_file with startLine=401 to read on.]\n"));
	}

	@Test
	void binaryAndMissingFilesAreExplained() throws Exception {
		assertTrue(tools.call("read_file", "path", "src/image.bin").output().contains("is a binary file (64 bytes)"));
		var missing = tools.call("read_file", "path", "src/Nope.java");
		assertTrue(missing.isError() && missing.output().contains("There is no file src/Nope.java"), missing.output());
	}

	@Test
	void listingLeavesOutWhatGitIgnores() throws Exception {
		var listing = tools.call("list_files", "glob", "**/*.java").output();

		assertEquals("src/Main.java  (59 bytes)\nsrc/Util.java  (48 bytes)\n", listing);
		var top = tools.call("list_files").output();
		assertTrue(top.contains("src/") && top.contains("README.md") && !top.contains("build") && !top.contains("debug.log")
				&& !top.contains(".git/"), top);
	}

	@Test
	void searchFindsTheLinesGitGrepFinds() throws Exception {
		var result = tools.call("search", "query", "todo", "maxResults", 1000);

		var ours = new TreeSet<>(result.output().lines().filter(line -> !line.startsWith("[")).toList());
		var theirs = new TreeSet<>(Arrays.asList(git.ok("grep", "-n", "-i", "-I", "todo").split("\n")).stream()
				.map(line -> line.replaceFirst(":(\\d+):", ":$1: ")).toList());
		assertEquals(theirs, ours);
		assertFalse(result.output().contains("build/") || result.output().contains("debug.log") || result.output().contains("image.bin"));
	}

	@Test
	void searchTakesRegularExpressionsCaseAndGlobs() throws Exception {
		assertEquals("src/Main.java:3: \tString greeting = \"Hello\";\n",
				tools.call("search", "query", "greeting\\s*=\\s*\"H\\w+\"", "regex", true).output());
		assertEquals("src/Main.java:2: \t// TODO: greet\n", tools.call("search", "query", "TODO", "caseSensitive", true, "glob", "**/*.java").output());
		var capped = tools.call("search", "query", "line", "maxResults", 5).output();
		assertTrue(capped.contains("[995 more matching lines left out (1000 in all)"), capped);
		var invalid = tools.call("search", "query", "(unclosed", "regex", true);
		assertTrue(invalid.isError() && invalid.output().contains("not valid"), invalid.output());
	}
}
