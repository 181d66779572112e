package dev.piassistant.tools.lsp.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Pi Assistant's side of one server connection: keeps the diagnostics the server publishes per document, and
 * answers what servers ask of a client with neutral defaults (no settings, no UI).
 */
final class Client implements LanguageClient {

	/** Diagnostics as last published, with a count of publications so a caller can wait for a newer one. */
	record Published(List<Diagnostic> diagnostics, long generation) {
	}

	private final Map<String, Published> diagnostics = new HashMap<>();
	private final List<WorkspaceFolder> folders;
	private long generation;

	Client(List<WorkspaceFolder> folders) {
		this.folders = folders;
	}

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
		generation++;
		diagnostics.put(params.getUri(), new Published(List.copyOf(params.getDiagnostics()), generation));
		notifyAll();
	}

	/** The current count of publications; a wait for diagnostics newer than it follows a change. */
	synchronized long generation() {
		return generation;
	}

	/** The diagnostics of a document published after {@code since}, waiting up to the deadline; null if none came. */
	synchronized @Nullable List<Diagnostic> await(String uri, long since, long deadlineNanos) throws InterruptedException {
		while (true) {
			var published = diagnostics.get(uri);
			if (published != null && published.generation() > since) {
				return published.diagnostics();
			}
			var left = deadlineNanos - System.nanoTime();
			if (left <= 0) {
				return null;
			}
			wait(Math.max(1, left / 1_000_000));
		}
	}

	@Override
	public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
		var answers = new ArrayList<Object>();
		params.getItems().forEach(item -> answers.add(Map.of()));
		return CompletableFuture.completedFuture(answers);
	}

	@Override
	public CompletableFuture<List<WorkspaceFolder>> workspaceFolders() {
		return CompletableFuture.completedFuture(folders);
	}

	@Override
	public CompletableFuture<Void> registerCapability(RegistrationParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
