package dev.piassistant.tools.internal.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;
import dev.piassistant.core.tool.WorkspaceModel;
import dev.piassistant.tools.internal.ToolSupport;
import dev.piassistant.tools.internal.WorkspaceFiles;
import dev.piassistant.tools.internal.secrets.KnownSecrets;

/**
 * {@code read_file} (whole or a range of lines, numbered, capped with a note on how to read on) and
 * {@code list_files} (a folder's files and folders, optionally by glob, leaving out what git ignores and what
 * the IDE marks derived).
 */
@Component(service = ToolProvider.class)
public final class FileTools implements ToolProvider {

	static final int DEFAULT_LINES = 400;
	static final int MAX_CHARS = 60_000;
	private static final int DEFAULT_ENTRIES = 300;

	private final ToolSupport support;

	@Activate
	public FileTools(@Reference KnownSecrets secrets) {
		this.support = new ToolSupport(secrets);
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setModel(WorkspaceModel model) {
		support.setModel(model);
	}

	void unsetModel(WorkspaceModel model) {
		support.setModel(null);
	}

	@Override
	public List<Tool> tools() {
		return List.of(
				new Tool("read_file", "Read a text file of the workspace, with line numbers; a range of lines for long files.",
						Schema.object().string("path", "The file, relative to the workspace", true)
								.integer("startLine", "First line to read, from 1 (default 1)", 1, Integer.MAX_VALUE, false)
								.integer("endLine", "Last line to read (default: 400 lines on)", 1, Integer.MAX_VALUE, false).build(),
						Risk.READ, call -> support.scrub(read(call)), arguments -> List.of(new Access.File(arguments.path("path").asText(),
								Access.FileOp.READ))),
				new Tool("list_files", "List the files and folders of a workspace folder (what git ignores is left out), optionally "
						+ "only those matching a glob such as **/*.java.",
						Schema.object().string("path", "The folder, relative to the workspace (default: the workspace)", false)
								.string("glob", "Only files whose path below the folder matches, e.g. **/*.java or src/*Test.java", false)
								.integer("depth", "How many levels deep (default 1, or all levels with a glob)", 1, 50, false)
								.integer("maxEntries", "At most this many entries (default 300)", 1, 10_000, false).build(),
						Risk.READ, call -> support.scrub(list(call)), arguments -> List.of(new Access.File(arguments.path("path").asText("."),
								Access.FileOp.READ))));
	}

	private ToolResult read(ToolInvocation call) throws IOException {
		var context = call.context();
		var file = WorkspaceFiles.resolve(context, call.text("path", ""));
		var shown = WorkspaceFiles.shown(context, file);
		if (Files.isDirectory(file)) {
			return ToolResult.error(shown + " is a folder; list it with list_files.");
		}
		if (!Files.isRegularFile(file)) {
			return ToolResult.error("There is no file " + shown + ". Find it with list_files or search.");
		}
		var bytes = Files.readAllBytes(file);
		if (Binary.is(bytes)) {
			return ToolResult.error(shown + " is a binary file (" + bytes.length + " bytes); it cannot be read as text.");
		}
		return ToolResult.ok(LineRange.of(new String(bytes, StandardCharsets.UTF_8), shown, (int) call.number("startLine", 1),
				(int) call.number("endLine", -1)));
	}

	private ToolResult list(ToolInvocation call) throws IOException {
		var context = call.context();
		var folder = WorkspaceFiles.resolve(context, call.text("path", "."));
		var shown = WorkspaceFiles.shown(context, folder);
		if (!Files.isDirectory(folder)) {
			return ToolResult.error("There is no folder " + shown + ".");
		}
		var glob = call.text("glob", "");
		var matcher = glob.isBlank() ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
		var depth = (int) call.number("depth", matcher == null ? 1 : 50);
		var limit = (int) call.number("maxEntries", DEFAULT_ENTRIES);
		var text = new StringBuilder();
		var count = 0;
		var more = false;
		for (var found : new WorkspaceWalker(support.derived()).walk(folder, depth, Integer.MAX_VALUE)) {
			var relative = folder.relativize(found.path());
			if (matcher != null && (found.directory() || !matcher.matches(relative))) {
				continue;
			}
			if (count == limit) {
				more = true;
				break;
			}
			text.append(relative.toString().replace('\\', '/')).append(found.directory() ? "/" : "  (" + found.size() + " bytes)").append('\n');
			count++;
		}
		if (count == 0) {
			return ToolResult.ok("Nothing " + (matcher == null ? "in " : "matching " + glob + " in ") + shown + ".");
		}
		if (more) {
			text.append("[Only the first ").append(limit).append(" entries are listed. Narrow it with a glob or a subfolder, or raise maxEntries.]\n");
		}
		return ToolResult.ok(text.toString());
	}
}
