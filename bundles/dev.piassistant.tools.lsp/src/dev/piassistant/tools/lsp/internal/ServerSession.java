package dev.piassistant.tools.lsp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * One running language server for one workspace: its process, the LSP connection, and the documents it has
 * been shown (sent again, as a change, when the file changed on disk since).
 */
final class ServerSession implements AutoCloseable {

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(2);

	final ServerSpec spec;
	private final Process process;
	private final ExecutorService threads;
	private final Client client;
	private final LanguageServer server;
	private final StderrTail stderr;
	private final Map<String, Document> documents = new HashMap<>();

	private record Document(String text, int version) {
	}

	private ServerSession(ServerSpec spec, Process process, ExecutorService threads, Client client, LanguageServer server,
			StderrTail stderr) {
		this.spec = spec;
		this.process = process;
		this.threads = threads;
		this.client = client;
		this.server = server;
		this.stderr = stderr;
	}

	/** Starts the server and completes the LSP handshake within the timeout. */
	static ServerSession start(ServerSpec spec, Path program, List<Path> folders, Path workspace, Duration timeout)
			throws LspException {
		var command = new ArrayList<String>(spec.command());
		command.set(0, program.toString());
		var builder = new ProcessBuilder(command).directory(workspace.toFile());
		builder.environment().put("PATH", path(program, folders));
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			throw new LspException("The language server " + spec.name() + " (" + program + ") could not be started: " + e.getMessage());
		}
		var threads = Executors.newCachedThreadPool(runnable -> {
			var thread = new Thread(runnable, "Pi language server " + spec.name());
			thread.setDaemon(true);
			return thread;
		});
		var folder = new WorkspaceFolder(workspace.toUri().toString(), workspace.getFileName() == null ? "workspace"
				: workspace.getFileName().toString());
		var client = new Client(List.of(folder));
		var launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream(), threads, null);
		var stderr = StderrTail.start(process.getErrorStream(), threads);
		launcher.startListening();
		var session = new ServerSession(spec, process, threads, client, launcher.getRemoteProxy(), stderr);
		try {
			session.initialize(folder, timeout);
		} catch (LspException | RuntimeException e) {
			session.close();
			throw e;
		}
		return session;
	}

	/** The folders searched and the program's own folder come first on the server's PATH (node beside it, say). */
	private static String path(Path program, List<Path> folders) {
		var entries = new ArrayList<String>();
		if (program.getParent() != null) {
			entries.add(program.getParent().toString());
		}
		folders.forEach(folder -> entries.add(folder.toString()));
		var inherited = System.getenv("PATH");
		if (inherited != null) {
			entries.add(inherited);
		}
		return String.join(java.io.File.pathSeparator, entries);
	}

	private void initialize(WorkspaceFolder folder, Duration timeout) throws LspException {
		var params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setRootUri(folder.getUri());
		params.setWorkspaceFolders(List.of(folder));
		var text = new TextDocumentClientCapabilities();
		text.setPublishDiagnostics(new PublishDiagnosticsCapabilities());
		var symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		var capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		params.setCapabilities(capabilities);
		await(server.initialize(params), timeout, "start");
		server.initialized(new InitializedParams());
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** A document as shown to the server: its URI, and whether this sync sent it new text. */
	record Synced(String uri, boolean changed) {
	}

	/** Shows the server the file as it is on disk now. */
	synchronized Synced sync(Path file) throws IOException {
		var uri = file.toUri().toString();
		var text = Files.readString(file, StandardCharsets.UTF_8);
		var known = documents.get(uri);
		if (known == null) {
			var language = spec.languages().get(LspSettings.extension(file));
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, language, 1, text)));
			documents.put(uri, new Document(text, 1));
			return new Synced(uri, true);
		}
		if (known.text().equals(text)) {
			return new Synced(uri, false);
		}
		var version = known.version() + 1;
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(text))));
		documents.put(uri, new Document(text, version));
		return new Synced(uri, true);
	}

	Client client() {
		return client;
	}

	LanguageServer server() {
		return server;
	}

	/** The result of a request, or an {@link LspException} that says what went wrong in words. */
	<T> T await(CompletableFuture<T> request, Duration timeout, String what) throws LspException {
		try {
			return request.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			request.cancel(true);
			throw new LspTimeout("The language server " + spec.name() + " did not " + what + " within " + timeout.toSeconds()
					+ " s; it was stopped and starts again on the next call." + stderr.describe());
		} catch (ExecutionException e) {
			var cause = e.getCause() == null ? e : e.getCause();
			throw new LspException("The language server " + spec.name() + " could not " + what + ": " + cause.getMessage()
					+ (isAlive() ? "" : " (it exited)" + stderr.describe()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LspException("Stopped while waiting for the language server " + spec.name() + ".");
		}
	}

	/** Asks the server to shut down, and stops it if it does not within a moment. */
	@Override
	public void close() {
		try {
			if (process.isAlive()) {
				server.shutdown().get(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
				server.exit();
				process.waitFor(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException | TimeoutException | RuntimeException e) {
			// It did not answer: stopped below all the same.
		} finally {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			threads.shutdownNow();
		}
	}

	/** Keeps the last lines a server wrote to stderr, for messages when it fails. */
	static final class StderrTail {

		private static final int KEEP = 2000;
		private final StringBuilder tail = new StringBuilder();

		static StderrTail start(InputStream stream, ExecutorService threads) {
			var tail = new StderrTail();
			threads.execute(() -> tail.read(stream));
			return tail;
		}

		private void read(InputStream stream) {
			var buffer = new byte[4096];
			try (stream) {
				int read;
				while ((read = stream.read(buffer)) >= 0) {
					synchronized (tail) {
						tail.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
						if (tail.length() > KEEP) {
							tail.delete(0, tail.length() - KEEP);
						}
					}
				}
			} catch (IOException e) {
				// The server is gone; what it wrote is kept.
			}
		}

		String describe() {
			synchronized (tail) {
				var text = tail.toString().strip();
				return text.isEmpty() ? "" : " Its last output: " + text;
			}
		}
	}
}
