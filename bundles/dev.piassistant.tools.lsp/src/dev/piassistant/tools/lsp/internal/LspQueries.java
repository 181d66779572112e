package dev.piassistant.tools.lsp.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What the tools ask a language server, answered as text for the model: positions are 1-based lines and columns,
 * paths relative to the workspace.
 */
public final class LspQueries {

	private final LanguageServers servers;
	private final LspSettings settings;
	private final Path workspace;

	public LspQueries(LanguageServers servers, LspSettings settings, Path workspace) {
		this.servers = servers;
		this.settings = settings;
		this.workspace = workspace;
	}

	/** The file a tool argument names, checked: inside the workspace, existing, served by a configured server. */
	private Target target(String path) throws LspException {
		var file = workspace.resolve(path).normalize();
		if (!file.startsWith(workspace.normalize())) {
			throw new LspException(LspTexts.outside(path));
		}
		if (!Files.isRegularFile(file)) {
			throw new LspException(LspTexts.noFile(path));
		}
		var spec = settings.forFile(file).orElseThrow(() -> new LspException(LspTexts.noServer(file, settings)));
		return new Target(file, path, servers.session(spec, settings, workspace));
	}

	private record Target(Path file, String path, ServerSession session) {
	}

	public String diagnostics(String path) throws LspException, IOException, InterruptedException {
		var target = target(path);
		var client = target.session().client();
		var before = client.generation();
		var synced = target.session().sync(target.file());
		// After new text only diagnostics published since count; for unchanged text the last ones stand.
		var deadline = System.nanoTime() + servers.requestTimeout().toNanos();
		var diagnostics = client.await(synced.uri(), synced.changed() ? before : 0, deadline);
		if (diagnostics == null) {
			return LspTexts.diagnosticsTimedOut(target.session().spec.name(), path, servers.requestTimeout().toSeconds());
		}
		if (diagnostics.isEmpty()) {
			return LspTexts.noDiagnostics(path);
		}
		var lines = new ArrayList<String>();
		diagnostics.stream().sorted(Comparator.comparingInt(d -> d.getRange().getStart().getLine())).forEach(d -> lines.add(describe(path, d)));
		return String.join("\n", lines);
	}

	private static String describe(String path, Diagnostic diagnostic) {
		var start = diagnostic.getRange().getStart();
		var severity = diagnostic.getSeverity() == null ? "problem" : diagnostic.getSeverity().name().toLowerCase(java.util.Locale.ROOT);
		var code = diagnostic.getCode() == null ? "" : " [" + (diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
				: String.valueOf(diagnostic.getCode().getRight())) + "]";
		var source = diagnostic.getSource() == null ? "" : " (" + diagnostic.getSource() + code + ")";
		return path + ":" + (start.getLine() + 1) + ":" + (start.getCharacter() + 1) + ": " + severity + ": "
				+ oneLine(diagnostic.getMessage()) + source;
	}

	/** A message on one line: servers indent explanations on lines of their own (pyright with no-break spaces). */
	private static String oneLine(String message) {
		return message.replace('\u00a0', ' ').strip().replaceAll("\\s*\\R\\s*", " ");
	}

	public String definition(String path, int line, int column) throws LspException, IOException {
		var target = target(path);
		var uri = target.session().sync(target.file()).uri();
		var params = new DefinitionParams(new TextDocumentIdentifier(uri), new Position(line - 1, column - 1));
		var result = servers.ask(target.session(), session -> session.server().getTextDocumentService().definition(params),
				"find the definition");
		var locations = new ArrayList<String>();
		if (result != null && result.isLeft()) {
			result.getLeft().forEach(location -> locations.add(describe(location.getUri(), location.getRange().getStart())));
		} else if (result != null) {
			result.getRight().forEach(link -> locations.add(describe(link.getTargetUri(), link.getTargetSelectionRange().getStart())));
		}
		return locations.isEmpty() ? LspTexts.nothingFound("definition", path, line, column) : String.join("\n", locations);
	}

	public String references(String path, int line, int column) throws LspException, IOException {
		var target = target(path);
		var uri = target.session().sync(target.file()).uri();
		var params = new ReferenceParams(new TextDocumentIdentifier(uri), new Position(line - 1, column - 1), new ReferenceContext(true));
		List<? extends Location> result = servers.ask(target.session(),
				session -> session.server().getTextDocumentService().references(params), "find references");
		if (result == null || result.isEmpty()) {
			return LspTexts.nothingFound("references", path, line, column);
		}
		return String.join("\n", result.stream().map(location -> describe(location.getUri(), location.getRange().getStart())).toList());
	}

	public String symbols(String path) throws LspException, IOException {
		var target = target(path);
		var uri = target.session().sync(target.file()).uri();
		var params = new DocumentSymbolParams(new TextDocumentIdentifier(uri));
		List<Either<SymbolInformation, DocumentSymbol>> result = servers.ask(target.session(),
				session -> session.server().getTextDocumentService().documentSymbol(params), "list the symbols");
		if (result == null || result.isEmpty()) {
			return "The language server lists no symbols in " + path + ".";
		}
		var lines = new ArrayList<String>();
		for (var symbol : result) {
			if (symbol.isRight()) {
				outline(symbol.getRight(), "", lines);
			} else {
				var info = symbol.getLeft();
				lines.add(kind(info.getKind()) + " " + info.getName() + " (line " + (info.getLocation().getRange().getStart().getLine() + 1) + ")");
			}
		}
		return String.join("\n", lines);
	}

	private static void outline(DocumentSymbol symbol, String indent, List<String> lines) {
		lines.add(indent + kind(symbol.getKind()) + " " + symbol.getName() + " (line " + (symbol.getSelectionRange().getStart().getLine() + 1) + ")");
		if (symbol.getChildren() != null) {
			symbol.getChildren().forEach(child -> outline(child, indent + "  ", lines));
		}
	}

	private static String kind(org.eclipse.lsp4j.SymbolKind kind) {
		return kind == null ? "symbol" : kind.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** A location as path:line:column and the text of that line. */
	private String describe(String uri, Position position) {
		Path file;
		try {
			file = Path.of(java.net.URI.create(uri));
		} catch (IllegalArgumentException e) {
			return uri + ":" + (position.getLine() + 1) + ":" + (position.getCharacter() + 1);
		}
		var shown = file.startsWith(workspace) ? workspace.relativize(file).toString() : file.toString();
		return shown + ":" + (position.getLine() + 1) + ":" + (position.getCharacter() + 1) + ": " + lineText(file, position.getLine());
	}

	private static String lineText(Path file, int line) {
		try (var lines = Files.lines(file)) {
			return lines.skip(line).findFirst().orElse("").strip();
		} catch (IOException | java.io.UncheckedIOException e) {
			return "";
		}
	}
}
