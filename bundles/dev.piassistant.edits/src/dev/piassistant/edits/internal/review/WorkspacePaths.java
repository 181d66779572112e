package dev.piassistant.edits.internal.review;

import java.nio.file.Path;

/** Paths of the agent's files: relative to the workspace, and never outside it. */
public final class WorkspacePaths {

	private WorkspacePaths() {
	}

	/**
	 * The file a workspace-relative path names.
	 *
	 * @throws IllegalArgumentException when the path is empty, absolute or leads out of the workspace
	 */
	public static Path resolve(Path workspace, String path) {
		var relative = path.strip().replace('\\', '/');
		if (relative.isEmpty()) {
			throw new IllegalArgumentException("The path is empty: give the file's path relative to the workspace.");
		}
		var root = workspace.toAbsolutePath().normalize();
		var file = root.resolve(relative).normalize();
		if (Path.of(relative).isAbsolute() || !file.startsWith(root) || file.equals(root)) {
			throw new IllegalArgumentException("The path " + path + " is not a file inside the workspace: give it "
					+ "relative to the workspace (for example project/src/Main.java).");
		}
		return file;
	}

	/** A path as change sets write it: relative, with forward slashes. */
	public static String normalize(Path workspace, String path) {
		var root = workspace.toAbsolutePath().normalize();
		return root.relativize(resolve(workspace, path)).toString().replace('\\', '/');
	}
}
