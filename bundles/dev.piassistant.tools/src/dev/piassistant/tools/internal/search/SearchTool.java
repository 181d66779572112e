package dev.piassistant.tools.internal.search;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.PatternSyntaxException;

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

/** {@code search}: text or regular expression across the workspace's files, as "path:line: text" lines. */
@Component(service = ToolProvider.class)
public final class SearchTool implements ToolProvider {

	private static final int DEFAULT_RESULTS = 100;

	private final ToolSupport support;

	@Activate
	public SearchTool(@Reference KnownSecrets secrets) {
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
		var parameters = Schema.object().string("query", "The text to find, or a regular expression with regex=true", true)
				.bool("regex", "Whether the query is a Java regular expression (default false)", false)
				.bool("caseSensitive", "Whether case matters (default false)", false)
				.string("path", "The folder to search, relative to the workspace (default: the workspace)", false)
				.string("glob", "Only files whose path below the folder matches, e.g. **/*.java", false)
				.integer("maxResults", "At most this many matching lines (default 100)", 1, 5_000, false).build();
		return List.of(new Tool("search", "Search the workspace's files for text or a regular expression; git-ignored files, build "
				+ "output and binary files are skipped. Returns path:line: text for each matching line.", parameters, Risk.READ,
				call -> support.scrub(search(call)), arguments -> List.of(new Access.File(arguments.path("path").asText("."),
						Access.FileOp.READ))));
	}

	private ToolResult search(ToolInvocation call) throws Exception {
		var context = call.context();
		var folder = WorkspaceFiles.resolve(context, call.text("path", "."));
		if (!Files.isDirectory(folder)) {
			return ToolResult.error("There is no folder " + call.text("path", ".") + " to search.");
		}
		var glob = call.text("glob", "");
		var query = new Searcher.Query(call.text("query", ""), call.flag("regex", false), call.flag("caseSensitive", false),
				glob.isBlank() ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob));
		if (query.text().isEmpty()) {
			return ToolResult.error("The query is empty.");
		}
		var max = (int) call.number("maxResults", DEFAULT_RESULTS);
		Searcher.Result result;
		try {
			result = new Searcher(support.derived()).search(folder, query, max);
		} catch (PatternSyntaxException e) {
			return ToolResult.error("The regular expression is not valid: " + e.getDescription() + " at index " + e.getIndex()
					+ ". Escape special characters, or search with regex=false.");
		}
		if (result.matches().isEmpty()) {
			return ToolResult.ok("No matches in " + result.filesSearched() + " files.");
		}
		var text = new StringBuilder();
		for (var match : result.matches()) {
			text.append(WorkspaceFiles.shown(context, match.file())).append(':').append(match.line()).append(": ").append(match.text())
					.append('\n');
		}
		if (result.total() > result.matches().size()) {
			text.append("[").append(result.total() - result.matches().size()).append(" more matching lines left out (")
					.append(result.total()).append(" in all). Narrow the query, search a subfolder or a glob, or raise maxResults.]\n");
		}
		return ToolResult.ok(text.toString());
	}
}
