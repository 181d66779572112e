package dev.piassistant.tools.internal.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.ToolContext;
import dev.piassistant.tools.internal.WorkspaceFiles;

/**
 * What the git tools share: the repository a call works on (the one at or above the folder it names), and how a
 * call is described to the permission engine: as the git command it amounts to, so that a grant of
 * {@code commands:git status} covers the tool and the shell alike.
 */
final class GitAccess {

	static final String REPOSITORY = "repository";

	private GitAccess() {
	}

	static Schema schema() {
		return Schema.object().string(REPOSITORY, "A folder in the repository, relative to the workspace (default: the workspace)", false);
	}

	static Git open(ToolContext context, String folder) throws IOException {
		var start = WorkspaceFiles.resolve(context, folder.isBlank() ? "." : folder);
		var builder = new FileRepositoryBuilder().findGitDir(start.toFile());
		if (builder.getGitDir() == null) {
			throw new IOException("There is no git repository at or above " + WorkspaceFiles.shown(context, start) + ".");
		}
		return new Git(builder.setMustExist(true).build());
	}

	/** The git command a call amounts to: git, the subcommand, then its arguments. */
	static List<Access> program(JsonNode arguments, String subcommand, String... more) {
		var words = new ArrayList<String>();
		words.add("git");
		words.add(subcommand);
		for (var word : more) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return List.of(new Access.Program(words, arguments.path(REPOSITORY).asText("")));
	}

	/** The paths of an array argument, in the order given. */
	static List<String> texts(JsonNode array) {
		var texts = new ArrayList<String>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

	/** A path of the workspace as the repository names it: relative to its top folder, with slashes. */
	static String inRepository(Git git, ToolContext context, String path) throws IOException {
		var top = git.getRepository().getWorkTree().toPath().toRealPath();
		var file = WorkspaceFiles.resolve(context, path);
		if (!file.startsWith(top)) {
			throw new IOException(path + " is not in the repository at " + WorkspaceFiles.shown(context, top) + ".");
		}
		var relative = top.relativize(file).toString().replace('\\', '/');
		return relative.isEmpty() ? "." : relative;
	}

	static Path top(Git git) {
		return git.getRepository().getWorkTree().toPath();
	}
}
