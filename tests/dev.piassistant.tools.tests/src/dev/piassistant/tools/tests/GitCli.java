package dev.piassistant.tools.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The git command line, to set up repositories and to check what checkpoints and tools did, independently of JGit. */
final class GitCli {

	record Result(int exitCode, String out, String err) {
	}

	private final Path folder;

	GitCli(Path folder) {
		this.folder = folder;
	}

	/** A new repository with a first commit of the given files (name, content pairs). */
	static GitCli init(Path folder, String... namesAndContents) throws Exception {
		Files.createDirectories(folder);
		var git = new GitCli(folder);
		git.ok("init", "-q", "-b", "main");
		for (int i = 0; i < namesAndContents.length; i += 2) {
			var file = folder.resolve(namesAndContents[i]);
			Files.createDirectories(file.getParent());
			Files.writeString(file, namesAndContents[i + 1]);
		}
		git.ok("add", "-A");
		git.ok("commit", "-q", "-m", "first");
		return git;
	}

	Path folder() {
		return folder;
	}

	String ok(String... arguments) throws Exception {
		var result = run(arguments);
		if (result.exitCode() != 0) {
			throw new AssertionError("git " + String.join(" ", arguments) + " failed (" + result.exitCode() + "): " + result.err());
		}
		return result.out();
	}

	Result run(String... arguments) throws IOException, InterruptedException {
		var command = new ArrayList<>(List.of("git", "-c", "user.name=Test User", "-c", "user.email=user@example.com",
				"-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
		command.addAll(List.of(arguments));
		var builder = new ProcessBuilder(command).directory(folder.toFile());
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		builder.environment().put("GIT_TERMINAL_PROMPT", "0");
		var process = builder.start();
		var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		var err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("git " + String.join(" ", arguments) + " did not finish");
		}
		return new Result(process.exitValue(), out, err);
	}

	String status() throws Exception {
		return ok("status", "--porcelain=v1", "--untracked-files=all");
	}

	String head() throws Exception {
		return ok("rev-parse", "HEAD").strip();
	}

	String branches() throws Exception {
		return ok("for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/tags");
	}

	/** The index: mode, blob id, stage and path of every entry. */
	String index() throws Exception {
		return ok("ls-files", "--stage");
	}

	/** Whether the repository's objects and refs are sound. */
	void fsck() throws Exception {
		var result = run("fsck", "--full", "--strict", "--no-progress");
		if (result.exitCode() != 0) {
			throw new AssertionError("git fsck found problems: " + result.out() + result.err());
		}
	}
}
