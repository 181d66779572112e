package dev.piassistant.tools.internal;

import java.nio.file.Path;

import dev.piassistant.core.tool.ToolContext;

/** The files tools name, as the permission engine judged them: canonical, read against the workspace. */
public final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	public static Path resolve(ToolContext context, String path) {
		var text = path.strip();
		if (text.equals("~") || text.startsWith("~/")) {
			return CanonicalPaths.of(Path.of(System.getProperty("user.home")).resolve(text.equals("~") ? "" : text.substring(2)));
		}
		return CanonicalPaths.of(context.workspace().resolve(text.isEmpty() ? "." : text));
	}

	/** The path as the user would write it: relative to the workspace when inside it. */
	public static String shown(ToolContext context, Path path) {
		var workspace = CanonicalPaths.of(context.workspace());
		var relative = path.startsWith(workspace) ? workspace.relativize(path).toString() : path.toString();
		return relative.isEmpty() ? "." : relative.replace('\\', '/');
	}
}
