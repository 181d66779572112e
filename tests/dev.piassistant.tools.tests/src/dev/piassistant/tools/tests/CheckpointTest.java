package dev.piassistant.tools.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.piassistant.core.checkpoint.Checkpoints;
import dev.piassistant.core.checkpoint.FileConflict;
import dev.piassistant.core.checkpoint.FileRestore;
import dev.piassistant.core.checkpoint.RestoreMode;
import dev.piassistant.core.checkpoint.RestoreResult;
import dev.piassistant.core.checkpoint.UndoTarget;
import dev.piassistant.core.plan.StepId;

/**
 * Checkpoints and undo on real git repositories, checked with the git command line: after every undo the user's
 * HEAD, branches and index are as they were, {@code git status} shows only what the user did, {@code git fsck}
 * finds nothing wrong, and every byte of the user's own work is still there.
 */
class CheckpointTest {

	private static final StepId S1 = new StepId("s1");
	private static final StepId S2 = new StepId("s2");

	private final Checkpoints checkpoints = Held.service(Checkpoints.class);
	@TempDir
	Path temp;
	private GitCli git;
	private Path repo;
	private Agent agent;
	private String head;
	private String branches;

	@BeforeEach
	void repository() throws Exception {
		repo = temp.resolve("project");
		git = GitCli.init(repo, "src/Main.java", "class Main {\n\tint a = 1;\n\tint b = 2;\n\tint c = 3;\n}\n", "README.md", "Hello\n");
		agent = new Agent(checkpoints);
		head = git.head();
		branches = git.branches();
	}

	private void assertRepositoryUntouched() throws Exception {
		assertEquals(head, git.head(), "HEAD moved");
		assertEquals(branches, git.branches(), "branches or tags changed");
		git.fsck();
	}

	@Test
	void undoingATaskLeavesUntrackedFilesOfTheUserAlone() throws Exception {
		Files.writeString(repo.resolve("notes.txt"), "my notes\n");
		Files.writeString(repo.resolve("src/Scratch.java"), "class Scratch {}\n");
		var statusBefore = git.status();
		var userFiles = Agent.files(repo);
		agent.write(S1, repo.resolve("src/Main.java"), "class Main {}\n");
		agent.write(S2, repo.resolve("src/Added.java"), "class Added {}\n");

		var result = checkpoints.restore(new UndoTarget.Task(agent.task), RestoreMode.STOP_ON_CONFLICT);

		var restored = assertInstanceOf(RestoreResult.Restored.class, result);
		assertEquals(Map.of(repo.resolve("src/Main.java"), FileRestore.Change.RESTORED, repo.resolve("src/Added.java"),
				FileRestore.Change.DELETED), changes(restored));
		assertEquals(statusBefore, git.status());
		assertEquals(userFiles, Agent.files(repo), "not every byte of the user's work is back");
		assertRepositoryUntouched();
	}

	@Test
	void commitsTheUserMadeDuringTheTaskStay() throws Exception {
		agent.write(S1, repo.resolve("src/Main.java"), "class Main { /* agent */ }\n");
		Files.writeString(repo.resolve("README.md"), "Hello, world\n");
		git.ok("commit", "-q", "-am", "user's commit during the task");
		var userHead = git.head();
		head = userHead;
		branches = git.branches();

		var result = checkpoints.restore(new UndoTarget.Task(agent.task), RestoreMode.STOP_ON_CONFLICT);

		assertInstanceOf(RestoreResult.Restored.class, result);
		assertEquals(userHead, git.head());
		assertEquals("Hello, world\n", Files.readString(repo.resolve("README.md")));
		assertEquals("class Main {\n\tint a = 1;\n\tint b = 2;\n\tint c = 3;\n}\n", Files.readString(repo.resolve("src/Main.java")));
		// The user's commit included the agent's change of Main.java; undoing it shows up as the user's change to commit.
		assertEquals(" M src/Main.java\n", git.status());
		assertRepositoryUntouched();
	}

	@Test
	void aDirtyIndexIsNeverTouched() throws Exception {
		Files.writeString(repo.resolve("README.md"), "Staged change\n");
		git.ok("add", "README.md");
		Files.writeString(repo.resolve("README.md"), "Staged change, then edited\n");
		var index = git.index();
		var staged = git.ok("diff", "--cached");
		var statusBefore = git.status();
		agent.write(S1, repo.resolve("src/Main.java"), "class Main {}\n");
		git.ok("add", "src/Main.java");
		index = git.index();
		staged = git.ok("diff", "--cached");

		checkpoints.restore(new UndoTarget.Task(agent.task), RestoreMode.STOP_ON_CONFLICT);

		assertEquals(index, git.index(), "the index changed");
		assertEquals(staged, git.ok("diff", "--cached"));
		assertEquals("Staged change, then edited\n", Files.readString(repo.resolve("README.md")));
		assertEquals("MM README.md\nMM src/Main.java\n", git.status());
		assertFalse(statusBefore.isEmpty());
		assertRepositoryUntouched();
	}

	@Test
	void aFileTheUserEditedAfterTheAgentStopsTheUndoWithoutChangingAnything() throws Exception {
		var main = repo.resolve("src/Main.java");
		agent.write(S1, main, "class Main {\n\tint a = 10;\n\tint b = 2;\n\tint c = 3;\n}\n");
		agent.write(S1, repo.resolve("README.md"), "Agent's readme\n");
		var userVersion = "class Main {\n\tint a = 10;\n\tint b = 2;\n\tint c = 30;\n}\n";
		Files.writeString(main, userVersion);

		var result = checkpoints.restore(new UndoTarget.Step(agent.task, S1), RestoreMode.STOP_ON_CONFLICT);

		var conflicts = assertInstanceOf(RestoreResult.Conflicts.class, result);
		assertEquals(List.of(new FileConflict(main, FileConflict.Reason.CHANGED_SINCE)), conflicts.files());
		assertEquals(userVersion, Files.readString(main));
		assertEquals("Agent's readme\n", Files.readString(repo.resolve("README.md")), "a stopped restore changed a file");
		assertEquals(1, checkpoints.preview(new UndoTarget.Step(agent.task, S1)).conflicts().size());
		assertRepositoryUntouched();
	}

	@Test
	void aMergeTakesTheAgentsChangeOutAndKeepsTheUsers() throws Exception {
		var main = repo.resolve("src/Main.java");
		agent.write(S1, main, "class Main {\n\tint a = 10;\n\tint b = 2;\n\tint c = 3;\n}\n");
		Files.writeString(main, "class Main {\n\tint a = 10;\n\tint b = 2;\n\tint c = 30;\n}\n");

		var result = checkpoints.restore(new UndoTarget.Task(agent.task), RestoreMode.MERGE);

		var restored = assertInstanceOf(RestoreResult.Restored.class, result);
		assertEquals(Map.of(main, FileRestore.Change.MERGED), changes(restored));
		assertEquals("class Main {\n\tint a = 1;\n\tint b = 2;\n\tint c = 30;\n}\n", Files.readString(main));
		assertRepositoryUntouched();
	}

	@Test
	void aMergeOfTheSameLinesLeavesConflictMarkersWithTheUsersTextIn() throws Exception {
		var main = repo.resolve("src/Main.java");
		agent.write(S1, main, "class Main {\n\tint a = 10;\n\tint b = 2;\n\tint c = 3;\n}\n");
		Files.writeString(main, "class Main {\n\tint a = 11;\n\tint b = 2;\n\tint c = 3;\n}\n");

		var restored = assertInstanceOf(RestoreResult.Restored.class, checkpoints.restore(new UndoTarget.Task(agent.task), RestoreMode.MERGE));

		assertEquals(Map.of(main, FileRestore.Change.MERGED_WITH_CONFLICTS), changes(restored));
		var text = Files.readString(main);
		assertTrue(text.contains("<<<<<<< your version") && text.contains("int a = 11;") && text.contains("int a = 1;"), text);
	}

	@Test
	void filesTheAgentCreatedAreDeletedButNotOnceTheUserChangedThem() throws Exception {
		var created = repo.resolve("src/New.java");
		var kept = repo.resolve("src/Kept.java");
		agent.write(S1, Map.of(created, "class New {}\n".getBytes(), kept, "class Kept {}\n".getBytes()));
		Files.writeString(kept, "class Kept { /* mine now */ }\n");

		var conflicts = assertInstanceOf(RestoreResult.Conflicts.class,
				checkpoints.restore(new UndoTarget.Task(agent.task), RestoreMode.STOP_ON_CONFLICT));
		assertEquals(List.of(new FileConflict(kept, FileConflict.Reason.CHANGED_SINCE)), conflicts.files());
		assertTrue(Files.exists(created));

		var justNew = checkpoints.ofTask(agent.task).get(0);
		Files.writeString(kept, "class Kept {}\n");
		var restored = assertInstanceOf(RestoreResult.Restored.class,
				checkpoints.restore(new UndoTarget.Action(justNew.id()), RestoreMode.STOP_ON_CONFLICT));
		assertEquals(FileRestore.Change.DELETED, changes(restored).get(created));
		assertFalse(Files.exists(created));
		assertFalse(Files.exists(kept));
		assertEquals("", git.status());
		assertRepositoryUntouched();
	}

	@Test
	void binaryFilesComeBackByteForByteAndAreNeverMerged() throws Exception {
		var image = repo.resolve("logo.bin");
		var original = new byte[4096];
		for (int i = 0; i < original.length; i++) {
			original[i] = (byte) (i * 31);
		}
		Files.write(image, original);
		git.ok("add", "logo.bin");
		git.ok("commit", "-q", "-m", "logo");
		head = git.head();
		branches = git.branches();
		var changed = original.clone();
		changed[7] = 0;
		agent.write(S1, Map.of(image, changed));

		assertInstanceOf(RestoreResult.Restored.class, checkpoints.restore(new UndoTarget.Task(agent.task), RestoreMode.STOP_ON_CONFLICT));
		assertArrayEquals(original, Files.readAllBytes(image));

		agent.write(S2, Map.of(image, changed));
		var userBytes = changed.clone();
		userBytes[9] = 0;
		Files.write(image, userBytes);
		var conflicts = assertInstanceOf(RestoreResult.Conflicts.class,
				checkpoints.restore(new UndoTarget.Step(agent.task, S2), RestoreMode.MERGE));
		assertEquals(List.of(new FileConflict(image, FileConflict.Reason.BINARY)), conflicts.files());
		assertArrayEquals(userBytes, Files.readAllBytes(image));
		assertRepositoryUntouched();
	}

	@Test
	void aRenameIsUndoneAsBothOfItsFiles() throws Exception {
		var from = repo.resolve("README.md");
		var to = repo.resolve("docs/README.md");
		var files = new LinkedHashMap<Path, byte[]>();
		files.put(from, Agent.DELETE);
		files.put(to, "Hello\n".getBytes());
		agent.write(S1, files);
		assertFalse(Files.exists(from));

		var restored = assertInstanceOf(RestoreResult.Restored.class,
				checkpoints.restore(new UndoTarget.LastAction(agent.session), RestoreMode.STOP_ON_CONFLICT));

		assertEquals(Map.of(from, FileRestore.Change.RECREATED, to, FileRestore.Change.DELETED), changes(restored));
		assertEquals("Hello\n", Files.readString(from));
		assertFalse(Files.exists(to));
		assertEquals("", git.status());
		assertRepositoryUntouched();
	}

	@Test
	void anUndoCanBeUndoneAndKeepsTheExecutableBit() throws Exception {
		var script = repo.resolve("build.sh");
		Files.writeString(script, "#!/bin/sh\necho one\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		git.ok("add", "build.sh");
		git.ok("commit", "-q", "-m", "script");
		head = git.head();
		branches = git.branches();
		agent.write(S1, script, "#!/bin/sh\necho two\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
		checkpoints.written(checkpoints.ofTask(agent.task).get(0).id());

		var undo = assertInstanceOf(RestoreResult.Restored.class, checkpoints.restore(new UndoTarget.LastAction(agent.session),
				RestoreMode.STOP_ON_CONFLICT));
		assertEquals("#!/bin/sh\necho one\n", Files.readString(script));
		assertTrue(Files.isExecutable(script));
		assertEquals("", git.status());

		var redo = checkpoints.restore(new UndoTarget.Action(undo.undo().id()), RestoreMode.STOP_ON_CONFLICT);
		assertInstanceOf(RestoreResult.Restored.class, redo);
		assertEquals("#!/bin/sh\necho two\n", Files.readString(script));
		assertFalse(Files.isExecutable(script));
		assertRepositoryUntouched();
	}

	@Test
	void checkpointsLiveInAPrivateRefNamespace() throws Exception {
		var checkpoint = agent.write(S1, repo.resolve("src/Main.java"), "class Main {}\n");

		var refs = git.ok("for-each-ref", "--format=%(refname)");
		assertTrue(refs.contains("refs/pi-assistant/checkpoints/" + checkpoint.id()), refs);
		assertEquals("", git.ok("stash", "list"));
		assertEquals(" M src/Main.java\n", git.status());
		assertEquals("class Main {}\n", git.ok("show", "refs/pi-assistant/checkpoints/" + checkpoint.id() + ":after/src/Main.java"));
		git.ok("gc", "-q", "--prune=now");
		assertInstanceOf(RestoreResult.Restored.class, checkpoints.restore(new UndoTarget.Task(agent.task), RestoreMode.STOP_ON_CONFLICT));
		assertEquals("", git.status());
		assertRepositoryUntouched();
	}

	@Test
	void aProjectWithoutGitIsKeptInTheShadowRepository() throws Exception {
		var plain = temp.resolve("plain");
		Files.createDirectories(plain);
		var file = plain.resolve("notes.txt");
		Files.writeString(file, "mine\n");
		Files.writeString(plain.resolve("other.txt"), "untouched\n");
		var before = Agent.files(plain);
		agent.write(S1, file, "agent's\n");
		agent.write(S1, plain.resolve("sub/created.txt"), "new\n");

		assertInstanceOf(RestoreResult.Restored.class, checkpoints.restore(new UndoTarget.Task(agent.task), RestoreMode.STOP_ON_CONFLICT));

		assertEquals(before, Agent.files(plain));
		assertFalse(Files.exists(plain.resolve(".git")));
	}

	@Test
	void nothingToUndoSaysSo() {
		assertInstanceOf(RestoreResult.Nothing.class, checkpoints.restore(new UndoTarget.Task(agent.task), RestoreMode.STOP_ON_CONFLICT));
	}

	private static Map<Path, FileRestore.Change> changes(RestoreResult.Restored restored) {
		var changes = new LinkedHashMap<Path, FileRestore.Change>();
		restored.files().forEach(file -> changes.put(file.file(), file.change()));
		return changes;
	}
}
