package dev.piassistant.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git tools through JGit on a real repository, each checked with the git command line. */
class GitToolsTest {

	@TempDir
	Path temp;
	private Path repo;
	private GitCli git;
	private Tools tools;

	@BeforeEach
	void repository() throws Exception {
		repo = temp.resolve("project");
		git = GitCli.init(repo, "src/Main.java", "class Main {\n}\n", "README.md", "Hello\n");
		git.ok("config", "user.name", "Test User");
		git.ok("config", "user.email", "user@example.com");
		tools = new Tools(repo);
	}

	@Test
	void statusAndDiffShowWhatGitShows() throws Exception {
		Files.writeString(repo.resolve("README.md"), "Hello, world\n");
		Files.writeString(repo.resolve("NEW.txt"), "new\n");

		var status = tools.call("git_status").output();
		assertTrue(status.startsWith("On branch main\n"), status);
		assertTrue(status.contains("Changed, not staged:\n  README.md\n") && status.contains("Untracked:\n  NEW.txt\n"), status);

		var diff = tools.call("git_diff").output();
		assertEquals(git.ok("diff", "--no-color", "--no-ext-diff").lines().filter(line -> line.startsWith("+") || line.startsWith("-")).toList(),
				diff.lines().filter(line -> line.startsWith("+") || line.startsWith("-")).toList());
	}

	@Test
	void stageAndCommitMakeTheCommitGitSees() throws Exception {
		Files.writeString(repo.resolve("src/Main.java"), "class Main {\n\tvoid run() {}\n}\n");
		Files.delete(repo.resolve("README.md"));

		var staged = tools.call("git_stage", "paths", List.of("src", "README.md"));
		assertFalse(staged.isError(), staged.output());
		assertEquals("D  README.md\nM  src/Main.java\n", git.status());
		assertTrue(tools.call("git_diff", "staged", true).output().contains("+\tvoid run() {}"));

		var commit = tools.call("git_commit", "message", "Add run\n\nAnd drop the readme.");
		assertFalse(commit.isError(), commit.output());
		assertEquals("Add run", git.ok("log", "-1", "--format=%s").strip());
		assertEquals("", git.status());
		git.fsck();
		var log = tools.call("git_log", "maxCount", 5).output();
		assertTrue(log.lines().findFirst().orElse("").endsWith("Test User: Add run"), log);
		assertTrue(tools.call("git_diff", "commit", "HEAD").output().contains("-Hello"));
	}

	@Test
	void nothingStagedIsRefused() throws Exception {
		var commit = tools.call("git_commit", "message", "empty");
		assertTrue(commit.isError() && commit.output().contains("Nothing is staged"), commit.output());
	}

	@Test
	void blameNamesTheCommitOfEachLine() throws Exception {
		var head = git.head().substring(0, 8);

		assertEquals(head + " Test User 1: class Main {\n" + head + " Test User 2: }\n", tools.call("git_blame", "path", "src/Main.java").output());
	}

	@Test
	void branchesAreCreatedAndSwitchedWithoutLosingChanges() throws Exception {
		assertFalse(tools.call("git_branch", "action", "create", "name", "feature").isError());
		assertFalse(tools.call("git_branch", "action", "switch", "name", "feature").isError());
		assertEquals("feature", git.ok("rev-parse", "--abbrev-ref", "HEAD").strip());
		Files.writeString(repo.resolve("README.md"), "feature work\n");
		git.ok("commit", "-qam", "feature");
		Files.writeString(repo.resolve("README.md"), "uncommitted\n");

		var refused = tools.call("git_branch", "action", "switch", "name", "main");

		assertTrue(refused.isError() && refused.output().contains("would overwrite changes to README.md"), refused.output());
		assertEquals("uncommitted\n", Files.readString(repo.resolve("README.md")));
		assertEquals("feature", git.ok("rev-parse", "--abbrev-ref", "HEAD").strip());
	}

	@Test
	void pushReachesTheRemoteAndIsNeverForced() throws Exception {
		var remote = temp.resolve("remote.git");
		new GitCli(temp).ok("init", "-q", "--bare", remote.toString());
		git.ok("remote", "add", "origin", remote.toString());

		var pushed = tools.call("git_push");
		assertFalse(pushed.isError(), pushed.output());
		assertEquals(git.head(), new GitCli(remote).ok("rev-parse", "main").strip());

		git.ok("commit", "-q", "--amend", "-m", "rewritten");
		var refused = tools.call("git_push");
		assertTrue(refused.isError() && refused.output().contains("rejected"), refused.output());
		new GitCli(remote).fsck();
	}
}
