package dev.piassistant.tools.lsp.internal;

import java.time.Duration;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import com.fasterxml.jackson.databind.JsonNode;

import dev.piassistant.core.PiHome;
import dev.piassistant.core.tool.Access;
import dev.piassistant.core.tool.Risk;
import dev.piassistant.core.tool.Schema;
import dev.piassistant.core.tool.Tool;
import dev.piassistant.core.tool.ToolInvocation;
import dev.piassistant.core.tool.ToolProvider;
import dev.piassistant.core.tool.ToolResult;

/**
 * Language servers as agent tools for the workspace's non-Java files: diagnostics of a file, the definition of and
 * references to the symbol at a position, and a file's symbols. Servers start on first use, are reused, and stop
 * with the bundle.
 */
@Component(service = ToolProvider.class)
public final class LspTools implements ToolProvider {

	public static final String DIAGNOSTICS = "lsp_diagnostics";
	public static final String DEFINITION = "lsp_definition";
	public static final String REFERENCES = "lsp_references";
	public static final String SYMBOLS = "lsp_symbols";
	static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("pi.lsp.startSeconds", 30));
	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(Long.getLong("pi.lsp.requestSeconds", 30));

	private final LanguageServers servers = new LanguageServers(START_TIMEOUT, REQUEST_TIMEOUT);

	@Deactivate
	void stop() {
		servers.close();
	}

	@Override
	public List<Tool> tools() {
		var path = "Path of the file, relative to the workspace";
		return List.of(
				new Tool(DIAGNOSTICS, "Errors and warnings a language server reports for a non-Java file (TypeScript, JavaScript, "
						+ "Python, shell scripts, or whatever language servers are configured).",
						Schema.object().string("path", path, true).build(), Risk.READ, call -> run(call, Query.DIAGNOSTICS), LspTools::reads),
				new Tool(DEFINITION, "Where the symbol at a position of a non-Java file is defined, by its language server.",
						position(path), Risk.READ, call -> run(call, Query.DEFINITION), LspTools::reads),
				new Tool(REFERENCES, "Every reference to the symbol at a position of a non-Java file, by its language server.",
						position(path), Risk.READ, call -> run(call, Query.REFERENCES), LspTools::reads),
				new Tool(SYMBOLS, "The outline of a non-Java file (classes, functions, variables with their lines), by its "
						+ "language server.", Schema.object().string("path", path, true).build(), Risk.READ,
						call -> run(call, Query.SYMBOLS), LspTools::reads));
	}

	private static com.fasterxml.jackson.databind.node.ObjectNode position(String path) {
		return Schema.object().string("path", path, true).integer("line", "Line number, from 1", 1, Integer.MAX_VALUE, true)
				.integer("column", "Column of the symbol on that line, from 1", 1, Integer.MAX_VALUE, true).build();
	}

	private static List<Access> reads(JsonNode arguments) {
		return List.of(new Access.File(arguments.path("path").asText(""), Access.FileOp.READ));
	}

	private enum Query {
		DIAGNOSTICS, DEFINITION, REFERENCES, SYMBOLS
	}

	private ToolResult run(ToolInvocation call, Query query) throws Exception {
		var settings = LspSettings.read(PiHome.directory());
		var queries = new LspQueries(servers, settings, call.context().workspace());
		var path = call.text("path", "");
		var line = (int) call.number("line", 1);
		var column = (int) call.number("column", 1);
		try {
			return ToolResult.ok(switch (query) {
			case DIAGNOSTICS -> queries.diagnostics(path);
			case DEFINITION -> queries.definition(path, line, column);
			case REFERENCES -> queries.references(path, line, column);
			case SYMBOLS -> queries.symbols(path);
			});
		} catch (LspException e) {
			return ToolResult.error(e.getMessage() + (settings.problem().isBlank() ? "" : " Note: " + settings.problem()));
		}
	}

}
